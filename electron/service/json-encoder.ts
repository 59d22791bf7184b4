/**
 * Encodes a document exactly as `JSON.stringify(value, null, 2) + '\n'`, in UTF-8, reusing the
 * bytes of every subtree that has not changed since the last encode.
 *
 * Why: a workshop document can reach megabytes, and every acknowledged edit saves the whole file
 * durably. Serialising and UTF-8-encoding 2 MB costs far more than writing it. immer gives each
 * edit a new object only along the changed path and keeps (frozen) every other subtree as it
 * was, so a cache keyed by object identity turns a save into: encode the changed path, copy the
 * cached bytes of everything else. Only frozen objects are cached: they cannot change under us.
 */
export class IncrementalJsonEncoder {
  private cache = new WeakMap<object, { depth: number; chunks: readonly Buffer[]; size: number }>();
  private readonly separators = new Map<number, Buffer>();

  /** The document's bytes as a list of chunks, in order: written with one writev, never joined. */
  encodeChunks(value: unknown): Buffer[] {
    const body = this.node(value, 0);
    return [...(body?.chunks ?? [NULL]), NEWLINE];
  }

  encode(value: unknown): Buffer {
    return Buffer.concat(this.encodeChunks(value));
  }

  /** The chunks of one value at `depth`; undefined for what JSON leaves out (undefined, functions). */
  private node(value: unknown, depth: number): { chunks: readonly Buffer[]; size: number } | undefined {
    if (value === null || typeof value !== 'object') {
      const text = primitive(value);
      if (text === undefined) return undefined;
      const bytes = Buffer.from(text);
      return { chunks: [bytes], size: bytes.length };
    }
    const cached = this.cache.get(value);
    if (cached && cached.depth === depth) return cached;
    const built = new ChunkList();
    if (Array.isArray(value)) this.array(value, depth, built);
    else this.object(value as Record<string, unknown>, depth, built);
    // Small subtrees become one buffer (few, cheap chunks); large ones stay lists of their parts,
    // so an edit deep inside copies no megabytes, only references.
    const result = built.size <= JOIN_BELOW_BYTES ? { chunks: [Buffer.concat(built.chunks)], size: built.size } : built.result();
    if (Object.isFrozen(value)) this.cache.set(value, { depth, ...result });
    return result;
  }

  private array(items: readonly unknown[], depth: number, out: ChunkList): void {
    if (items.length === 0) {
      out.push(EMPTY_ARRAY);
      return;
    }
    out.push(Buffer.from(`[\n${indent(depth + 1)}`));
    items.forEach((item, i) => {
      if (i > 0) out.push(this.separator(depth + 1));
      const child = this.childNode(item, depth + 1);
      if (child) out.append(child);
      else out.push(NULL);
    });
    out.push(Buffer.from(`\n${indent(depth)}]`));
  }

  private object(record: Record<string, unknown>, depth: number, out: ChunkList): void {
    let pending = `{\n${indent(depth + 1)}`;
    let first = true;
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (child === undefined || typeof child === 'function' || typeof child === 'symbol') continue;
      if (!first) pending += `,\n${indent(depth + 1)}`;
      first = false;
      pending += `${JSON.stringify(key)}: `;
      if (child === null || typeof child !== 'object') {
        pending += primitive(child);
      } else {
        out.push(Buffer.from(pending));
        pending = '';
        out.append(this.node(child, depth + 1)!);
      }
    }
    if (first) {
      out.push(EMPTY_OBJECT);
      return;
    }
    out.push(Buffer.from(`${pending}\n${indent(depth)}}`));
  }

  private childNode(value: unknown, depth: number) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
    return this.node(value, depth);
  }

  private separator(depth: number): Buffer {
    let bytes = this.separators.get(depth);
    if (!bytes) {
      bytes = Buffer.from(`,\n${indent(depth)}`);
      this.separators.set(depth, bytes);
    }
    return bytes;
  }
}

/** Subtrees up to this size are joined into one buffer. */
const JOIN_BELOW_BYTES = 16 * 1024;

class ChunkList {
  readonly chunks: Buffer[] = [];
  size = 0;

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  append(part: { chunks: readonly Buffer[]; size: number }): void {
    for (const chunk of part.chunks) this.chunks.push(chunk);
    this.size += part.size;
  }

  result(): { chunks: readonly Buffer[]; size: number } {
    return { chunks: this.chunks, size: this.size };
  }
}

const NEWLINE = Buffer.from('\n');
const NULL = Buffer.from('null');
const EMPTY_ARRAY = Buffer.from('[]');
const EMPTY_OBJECT = Buffer.from('{}');

function indent(depth: number): string {
  return '  '.repeat(depth);
}

/** JSON text of a primitive as JSON.stringify writes it (NaN and Infinity as null). */
function primitive(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (typeof value === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
  return JSON.stringify(value);
}
