/** Strict standard base64 (RFC 4648 section 4): Buffer.from skips junk silently, which would let a tampered value through. */
export const decodeBase64 = (text: string): Buffer | undefined => {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
};

export const encodeBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
