// Errors Circle answers with a bare HTTP code instead of a table code. 400, 401 and 404 use the examples in Circle's
// OpenAPI files (`BadRequest`, `NotAuthorized`, `NotFound`); 413, 429, 500 and 501 are the emulator's own wording,
// since Circle publishes none.
import { CircleApiError } from './circle-errors';

export const badRequest = (): CircleApiError => new CircleApiError(400, 400, 'Bad request.');
export const malformedAuthorization = (): CircleApiError => new CircleApiError(401, 401, 'Malformed authorization.');
export const notFound = (): CircleApiError => new CircleApiError(404, 404, 'Not found.');
export const payloadTooLarge = (): CircleApiError => new CircleApiError(413, 413, 'Request entity too large.');
export const tooManyRequests = (): CircleApiError => new CircleApiError(429, 429, 'Too many requests.');
export const internalError = (): CircleApiError => new CircleApiError(500, 500, 'Internal server error.');

/** A route in Circle's OpenAPI files that the emulator does not implement: said plainly, naming the route. */
export const notEmulated = (method: string, path: string): CircleApiError =>
  new CircleApiError(
    501,
    501,
    `${method} ${path} is not emulated: Circle's API has this route, this emulator does not.`,
  );
