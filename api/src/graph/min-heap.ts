/** A binary heap of (key, order, node), smallest key first, then smallest order, then node. */
export class MinHeap {
  private readonly keys: number[] = [];
  private readonly orders: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  push(key: number, order: number, node: number): void {
    this.keys.push(key);
    this.orders.push(order);
    this.nodes.push(node);
    let i = this.nodes.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.less(i, up)) break;
      this.swap(i, up);
      i = up;
    }
  }

  /** Removes the smallest entry and returns its node. */
  pop(): number {
    const top = this.nodes[0] as number;
    const last = this.nodes.length - 1;
    this.swap(0, last);
    this.keys.pop();
    this.orders.pop();
    this.nodes.pop();
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.nodes.length && this.less(left, smallest)) smallest = left;
      if (right < this.nodes.length && this.less(right, smallest)) smallest = right;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a] as number;
    const kb = this.keys[b] as number;
    if (ka !== kb) return ka < kb;
    const oa = this.orders[a] as number;
    const ob = this.orders[b] as number;
    if (oa !== ob) return oa < ob;
    return (this.nodes[a] as number) < (this.nodes[b] as number);
  }

  private swap(a: number, b: number): void {
    for (const list of [this.keys, this.orders, this.nodes]) {
      const kept = list[a] as number;
      list[a] = list[b] as number;
      list[b] = kept;
    }
  }
}
