import { MAX_INPUT } from '../model/import';

/**
 * Reads standard input to its end, or to one byte past the input limit (so a huge pipe cannot
 * exhaust memory; the caller reports it as too large). Asynchronous: the event loop waits on the
 * descriptor, where a synchronous read of a non-blocking stdin spins on EAGAIN.
 */
export async function readStdin(
  stream: AsyncIterable<Buffer | string>,
  limit = MAX_INPUT,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buf);
    total += buf.length;
    if (total > limit) break;
  }
  return Buffer.concat(chunks);
}
