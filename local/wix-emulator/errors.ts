/**
 * Wix's REST error envelopes (media-manager-api.md §8.6). Handlers throw a WixHttpError; the router turns it
 * into the status and JSON body the SDK parses into `err.details.validationError` / `applicationError`.
 */

export type FieldViolation = {
  field: string;
  description: string;
  violatedRule: 'REQUIRED_FIELD' | 'MIN' | 'MAX' | 'MIN_LENGTH' | 'MAX_LENGTH' | 'MAX_SIZE' | 'FORMAT' | 'OTHER';
  ruleName?: string;
  data?: Record<string, unknown>;
};

export class WixHttpError extends Error {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;

  constructor(status: number, body: unknown, headers: Record<string, string> = {}) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export function applicationError(
  status: number,
  code: string,
  description: string,
  data: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): WixHttpError {
  return new WixHttpError(
    status,
    { message: description, details: { applicationError: { code, description, data } } },
    headers,
  );
}

export function validationError(violations: FieldViolation[]): WixHttpError {
  const summary = violations.map((v) => `"${v.field}" ${v.description}`).join(', ');
  return new WixHttpError(400, {
    message: `INVALID_ARGUMENT: ${summary}`,
    details: {
      validationError: { fieldViolations: violations.map((v) => ({ ...v, data: v.data ?? {} })) },
    },
  });
}

/** The body Wix sends for an unexpected server-side failure: nothing the caller could act on. */
export function systemError(status: number): WixHttpError {
  return new WixHttpError(status, { message: '', details: {} });
}

export function notFound(what: string): WixHttpError {
  return applicationError(404, 'NOT_FOUND', `${what} was not found.`);
}
