// The one Content Security Policy: sent by main with every app:// response and written into the
// built index.html. Nothing may load from outside the app's own origin.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The policy as a `<meta>` element. `frame-ancestors` is ignored in a meta policy (browsers warn
 * about it), so it is left to the response header.
 */
export function contentSecurityPolicyMeta(): string {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}
