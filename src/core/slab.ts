/**
 * The per-token arrays of one article, cut from one buffer. A typed array of its own longer than 64 bytes is an
 * allocation outside the JavaScript heap, about a microsecond each whatever its length (measured in Node 20), and an
 * article needed eight of them: on a short page that was a sixth of analyze(). Views of one buffer cost a few tens of
 * nanoseconds each. The views live as long as the article's Doc; nothing is shared between articles.
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
    this.buffer = new ArrayBuffer(n * (4 * int32s + bytes));
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
