/**
 * Serializes the saves of one file and coalesces bursts. At most one write runs; edits that arrive
 * while it runs share the one write that follows it. `save()` resolves only after a write that
 * began after the call has finished, so an edit is never acknowledged before it is on disk.
 */
export class CoalescingSaver {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(private readonly write: () => Promise<void>) {}

  save(): Promise<void> {
    if (!this.running) return this.start();
    if (!this.queued) {
      const after = this.running.then(
        () => undefined,
        () => undefined,
      );
      this.queued = after.then(() => {
        this.queued = null;
        return this.start();
      });
    }
    return this.queued;
  }

  /** Resolves when nothing is being written or waiting to be (failures included). */
  async idle(): Promise<void> {
    while (this.running || this.queued) {
      await (this.queued ?? this.running)?.catch(() => undefined);
    }
  }

  get busy(): boolean {
    return this.running !== null || this.queued !== null;
  }

  private start(): Promise<void> {
    const run = this.write().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }
}
