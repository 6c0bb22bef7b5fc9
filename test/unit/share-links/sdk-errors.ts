/**
 * Errors shaped like the ones @wix/sdk 1.21 throws after its transformError step (observed by
 * running the real SDK against a local server): `status`, `details` and a JSON `message`.
 */
export function sdkError(status: number, details: Record<string, unknown>, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(JSON.stringify({ message: 'x', details }, null, 2)), {
    status,
    details,
    requestId: null,
    response: { status, data: { details, message: 'x' } },
    ...extra,
  });
}

export const applicationError = (status: number, code: string | number) =>
  sdkError(status, { applicationError: { code, description: 'd', data: {} } });

export const validationError = (field: string, ruleName: string, description = 'd') =>
  sdkError(400, { validationError: { fieldViolations: [{ field, description, violatedRule: 'OTHER', ruleName, data: {} }] } });

/** What the SDK throws when fetch itself fails: no status, code UNKNOWN. */
export const networkError = () =>
  Object.assign(new TypeError('System error occurred: {}'), { code: 'UNKNOWN', status: undefined, requestId: undefined });
