/** One HTTP request to Circle, as the case log keeps it: what a ticket to Circle Support needs, nothing secret. */
export interface CircleCall {
  /** Method and path template, e.g. `PUT /v1/w3s/user/pin`. */
  endpoint: string;
  /** Circle's HTTP status; null when nothing answered (a network failure, a timeout). */
  httpStatus: number | null;
  /** The `X-Request-Id` Circle answered with; the one PIN Desk sent when nothing answered. */
  requestId: string;
  /** Circle's error code, when it answered with one. */
  circleCode?: number;
}
