import type { RequestHandler } from 'express';
import { ValidationFailedError, type FieldError } from '../errors/domain-error';

const NUL = '\u0000';

/** How a field name with a NUL in it is shown in an error: the escape, not the invisible byte. */
function printable(name: string): string {
  return name.replaceAll(NUL, '\\u0000');
}

/**
 * Dotted paths of every string in `value` (keys included) that holds a NUL character. PostgreSQL
 * refuses U+0000 in text and jsonb ("invalid byte sequence for encoding UTF8: 0x00"), so such a
 * value must be refused before it reaches a query. Walks with an explicit stack rather than
 * recursion, so no input shape can overflow the call stack.
 */
export function nulCharacterFields(value: unknown, rootPath = ''): string[] {
  const found: string[] = [];
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: rootPath }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: current, path } = next;
    if (typeof current === 'string') {
      if (current.includes(NUL)) found.push(path);
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${printable(key)}` : printable(key);
        if (key.includes(NUL)) found.push(childPath);
        else pending.push({ value: child, path: childPath });
      }
    }
  }
  return found.sort();
}

export function nulCharacterErrors(value: unknown, rootPath = ''): FieldError[] {
  return nulCharacterFields(value, rootPath).map((field) => ({ field, code: 'noNulCharacter' }));
}

/**
 * Refuses a NUL character in the path or the query string before any handler sees it; bodies are
 * checked where they are parsed (json-body.middleware.ts).
 */
export function nulCharacterGuard(): RequestHandler {
  return (request, _response, next) => {
    const errors: FieldError[] = /%00/.test(request.path)
      ? [{ field: 'path', code: 'noNulCharacter' }]
      : [];
    errors.push(...nulCharacterErrors(request.query));
    next(errors.length > 0 ? new ValidationFailedError(errors) : undefined);
  };
}
