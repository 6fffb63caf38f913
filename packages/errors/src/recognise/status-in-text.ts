const REASON_PHRASES =
  'Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Conflict|Gone|Payload Too Large|Request Entity Too Large|Unsupported Media Type|Unprocessable (?:Entity|Content)|Upgrade Required|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout';

const PATTERNS: readonly RegExp[] = [
  /\bHTTP(?:\/\d(?:\.\d)?)?\s*:?\s*([45]\d\d)(?!\d)/iu,
  new RegExp(`(?<!\\d)([45]\\d\\d)\\s+(?:${REASON_PHRASES})\\b`, 'iu'),
  /(?:^|[\s(«"])Ошибка\s+([45]\d\d)(?!\d)/iu,
  /(?<!\d)([45]\d\d)\s+ошибка/iu,
  /Server Error \(([45]\d\d)\)/iu,
];

/**
 * The HTTP error status (400–599) a text names, if it names one: "HTTP 500 Internal Server Error",
 * "502 Bad Gateway", "Ошибка 403", "400 ошибка", Django's "Server Error (500)". Texts like these say
 * nothing but the status, so they are recognised through the status (and the operation), not as text.
 */
export function statusInText(text: string): number | undefined {
  for (const pattern of PATTERNS) {
    const digits = pattern.exec(text)?.[1];
    if (digits !== undefined) return Number(digits);
  }
  return undefined;
}
