/** The part of `fnv-plus` (MIT, CommonJS, no types of its own) that the idempotency fingerprint uses. */
declare module 'fnv-plus' {
  const fnv: {
    /** FNV-1a, 64 bits, of the string's UTF-16 code units, as 16 hexadecimal digits. */
    fast1a64(text: string): string;
  };
  export default fnv;
}
