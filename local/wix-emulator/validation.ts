/** Request bodies checked with zod, with failures reported in Wix's `fieldViolations` form. */
import type { z } from 'zod';
import { validationError, type FieldViolation } from './errors';

function violationOf(issue: z.core.$ZodIssue): FieldViolation {
  const field = issue.path.map(String).join('.') || 'body';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { field, description: 'is required', violatedRule: 'REQUIRED_FIELD' }
        : { field, description: `must be of type ${issue.expected}`, violatedRule: 'FORMAT' };
    case 'too_big':
      return {
        field,
        description: issue.message,
        violatedRule: issue.origin === 'string' ? 'MAX_LENGTH' : issue.origin === 'array' ? 'MAX_SIZE' : 'MAX',
        data: { threshold: Number(issue.maximum) },
      };
    case 'too_small':
      return {
        field,
        description: issue.message,
        violatedRule: issue.origin === 'string' ? 'MIN_LENGTH' : 'MIN',
        data: { threshold: Number(issue.minimum) },
      };
    default:
      return { field, description: issue.message, violatedRule: issue.code === 'custom' ? 'OTHER' : 'FORMAT' };
  }
}

export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body, { reportInput: true });
  if (!result.success) throw validationError(result.error.issues.map(violationOf));
  return result.data;
}
