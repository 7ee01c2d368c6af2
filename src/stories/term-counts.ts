/**
 * The term (or key) counts of a story, in the order the terms first came: its vectors and its
 * postings follow that order, so it is part of the outcome. Typed arrays rather than a Map: the
 * thousands of stories of a long stream stay compact and give the garbage collector little to do.
 */
/** Buffers for keepLargest, shared by all stories (one prunes at a time) so pruning allocates nothing. */
const order: number[] = [];
let flags = new Uint8Array(256);
let oldIds = new Int32Array(256);
let oldCounts = new Float64Array(256);

/** Positions 0…size−1 by count, largest first, ties in position order (Array.prototype.sort is stable). */
function rankOrder(counts: Float64Array, size: number): number[] {
  order.length = size;
  for (let k = 0; k < size; k++) order[k] = k;
  return order.sort((a, b) => counts[b]! - counts[a]!);
}

function scratchFlags(size: number): Uint8Array {
  if (flags.length < size) flags = new Uint8Array(2 * size);
  else flags.fill(0, 0, size);
  return flags;
}

function scratchIds(size: number): Int32Array {
  if (oldIds.length < size) oldIds = new Int32Array(2 * size);
  return oldIds;
}

function scratchCounts(size: number): Float64Array {
  if (oldCounts.length < size) oldCounts = new Float64Array(2 * size);
  return oldCounts;
}

export class TermCounts {
  ids: Int32Array;
  counts: Float64Array;
  size = 0;

  constructor(capacity = 16) {
    this.ids = new Int32Array(capacity);
    this.counts = new Float64Array(capacity);
  }

  /**
   * Adds `amounts[k]` (1 without `amounts`) to the count of each of the first `count` of `ids`,
   * appending the ids it lacks, also to `fresh`. `positions` is zeros indexed by id, and is left
   * so: the held ids are spread into it to be found without a hash table.
   */
  addAll(
    ids: Int32Array,
    amounts: Float64Array | null,
    count: number,
    positions: Int32Array,
    fresh: number[] | null,
  ): void {
    for (let k = 0; k < this.size; k++) positions[this.ids[k]!] = k + 1;
    for (let k = 0; k < count; k++) {
      const id = ids[k]!;
      const amount = amounts ? amounts[k]! : 1;
      const at = positions[id]!;
      if (at !== 0) {
        this.counts[at - 1]! += amount;
        continue;
      }
      if (this.size === this.ids.length) this.grow();
      this.ids[this.size] = id;
      this.counts[this.size] = amount;
      positions[id] = ++this.size;
      fresh?.push(id);
    }
    for (let k = 0; k < this.size; k++) positions[this.ids[k]!] = 0;
  }

  /**
   * Keeps the `limit` largest counts, largest first and ties in their order (as a stable sort
   * gives); the ids dropped go to `dropped`, in their order.
   */
  keepLargest(limit: number, dropped: number[]): void {
    const { size, ids, counts } = this;
    if (size <= limit) return;
    const order = rankOrder(counts, size);
    const kept = scratchFlags(size);
    for (let rank = 0; rank < limit; rank++) kept[order[rank]!] = 1;
    for (let k = 0; k < size; k++) if (!kept[k]) dropped.push(ids[k]!);
    const oldIds = scratchIds(size);
    const oldCounts = scratchCounts(size);
    oldIds.set(ids.subarray(0, size));
    oldCounts.set(counts.subarray(0, size));
    for (let rank = 0; rank < limit; rank++) {
      ids[rank] = oldIds[order[rank]!]!;
      counts[rank] = oldCounts[order[rank]!]!;
    }
    this.size = limit;
  }

  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
    const counts = new Float64Array(this.counts.length * 2);
    counts.set(this.counts);
    this.counts = counts;
  }
}
