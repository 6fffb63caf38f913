/** One request of the comparison, sent the same way to every target. */
export interface BenchRequest {
  readonly method: 'GET' | 'POST';
  /** The path under the target's base URL, e.g. `/shifts/{id}`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, as text. Default: none. */
  readonly body?: string;
  /** The status every answer must have. */
  readonly expect: number;
}

/** What the mock answered to a request: the floor server answers the same bytes. */
export interface CapturedAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** A request of the comparison and the mock's answer to it. */
export interface ComparedRequest {
  /** `read` or `upload`. */
  readonly name: 'read' | 'upload';
  /** What it is, for the docs. */
  readonly description: string;
  readonly request: BenchRequest;
  readonly answer: CapturedAnswer;
}
