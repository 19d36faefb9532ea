import type { GraphQLFormattedError } from 'graphql';

/** graphql-js's variable coercion message: `Variable "$input" got invalid value <the whole value>[ at "input.x"]; <reason>`. */
const VARIABLE_ERROR = /^(Variable "\$[A-Za-z_][A-Za-z0-9_]*" got invalid value) /;
const AT_PATH = / at "([A-Za-z_][A-Za-z0-9_.[\]]*)"$/;

/**
 * A client error's message without anything the client sent: graphql-js quotes the whole variable
 * (a sign-in's password, an invitation's token) and scalar values it could not read, prints the
 * query around a syntax error, and suggests names ("Did you mean …?") that describe the schema.
 * What stays says which variable or field was wrong, and why.
 */
export function scrubClientMessage(message: string, originalMessage?: string): string {
  let text = message;
  const variable = VARIABLE_ERROR.exec(text);
  if (variable) {
    // The reason is the original error's message, so the value before it can be cut out exactly.
    const reason = originalMessage && text.endsWith(`; ${originalMessage}`) ? originalMessage : text.slice(text.lastIndexOf('; ') + 2);
    const prefix = text.slice(0, text.length - reason.length - 2);
    const at = AT_PATH.exec(prefix);
    text = `${variable[1].replace('got invalid value', 'got an invalid value')}${at ? ` at "${at[1]}"` : ''}; ${reason}`;
  }
  return (
    text
      // Scalars quote what they could not read: "String cannot represent a non string value: <value>".
      .replace(/(cannot represent[^:]*):[\s\S]*$/, '$1.')
      // A literal of the wrong type is printed back: `Expected value of type "X", found <literal>`.
      .replace(/(Expected value of type "[^"]+"), found [\s\S]*$/, '$1.')
      .replace(/\b(Value|Enum) "[^"]*" (does not exist|is not)/g, 'The value $2')
      .replace(/\s*Did you mean [\s\S]*?\?/g, '')
      // graphql-js's own token limit (parseOptions.maxTokens), said plainly.
      .replace(/Document contains more that (\d+) tokens\. Parsing aborted\./, 'Token limit of $1 exceeded.')
      // A syntax error's excerpt of the query (everything after the first blank line).
      .replace(/\n\n[\s\S]*$/, '')
  );
}

type ValidationErrorJson = { property?: unknown; constraints?: unknown; children?: unknown };

/** type-graphql's validationErrors with only field names and rules: class-validator also attaches the value and the whole input. */
export function scrubValidationErrors(errors: unknown): unknown {
  if (!Array.isArray(errors)) return undefined;
  const root: unknown[] = [];
  const stack: { from: unknown[]; into: unknown[] }[] = [{ from: errors, into: root }];
  while (stack.length > 0) {
    const { from, into } = stack.pop()!;
    for (const error of from as ValidationErrorJson[]) {
      const children: unknown[] = [];
      into.push({ property: error?.property, constraints: error?.constraints, children });
      if (Array.isArray(error?.children) && error.children.length > 0) stack.push({ from: error.children, into: children });
    }
  }
  return root;
}

/** A client error as clients see it: scrubbed message, no stack trace, validation details without values. */
export function scrubClientError(formatted: GraphQLFormattedError, originalMessage?: string): GraphQLFormattedError {
  const { stacktrace: _stacktrace, validationErrors, ...extensions } = formatted.extensions ?? {};
  return {
    ...formatted,
    message: scrubClientMessage(formatted.message, originalMessage),
    extensions: { ...extensions, ...(validationErrors ? { validationErrors: scrubValidationErrors(validationErrors) } : {}) },
  };
}
