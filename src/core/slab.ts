/**
 * The per-token arrays of one article, cut from one buffer. A typed array of its own longer than 64 bytes is an
 * allocation outside the JavaScript heap, about a microsecond each whatever its length (measured in Node 20), and an
 * article needed eight of them: on a short page that was a sixth of analyze(). Views of one buffer cost a few tens of
 * nanoseconds each. The views live as long as the article's Doc; when analyze() is done with it, the buffer serves the
 * next article's slab (release), zeroed again, and no view of the first is read after.
 */
export class TokenSlab {
  private readonly buffer: ArrayBuffer;
  private int32Used = 0;
  private bytesUsed = 0;

  /** Room for `int32s` arrays of Int32 and `bytes` arrays of Uint8, each `n` long. */
  constructor(
    private readonly n: number,
    private readonly int32s: number,
    private readonly bytes: number,
  ) {
    const size = n * (4 * int32s + bytes);
    const b = spare;
    if (b !== null && b.byteLength >= size) {
      // (taken, so that no other slab shares it until this one is released; zeroed as far as this slab's arrays reach)
      spare = null;
      new Uint8Array(b, 0, size).fill(0);
      this.buffer = b;
    } else this.buffer = new ArrayBuffer(size);
  }

  /**
   * Hands the buffer to the next slab made, once no array cut from this one is read again (analyze() calls it when it is
   * done with the article's Doc). A buffer above SPARE_LIMIT is left to the collector.
   */
  release(): void {
    if (this.buffer.byteLength <= SPARE_LIMIT) spare = this.buffer;
  }

  /** A zeroed Int32Array of n, from the buffer while it has room (a new array past it). */
  int32(): Int32Array {
    if (this.int32Used === this.int32s) return new Int32Array(this.n);
    return new Int32Array(this.buffer, 4 * this.n * this.int32Used++, this.n);
  }

  /** A zeroed Uint8Array of n, from the buffer while it has room (a new array past it). */
  uint8(): Uint8Array {
    if (this.bytesUsed === this.bytes) return new Uint8Array(this.n);
    return new Uint8Array(this.buffer, this.n * (4 * this.int32s + this.bytesUsed++), this.n);
  }
}

/**
 * The buffer of the last slab released, for the next one: even one buffer is a call into the runtime and a zeroed
 * allocation outside the heap, a few microseconds, a tenth of analyze() of a two-line article ("Headline\n\nHello
 * world."). Kept only up to SPARE_LIMIT bytes (an article of some 23,000 tokens), so that a long page's is not held.
 */
let spare: ArrayBuffer | null = null;
const SPARE_LIMIT = 256 * 1024;
