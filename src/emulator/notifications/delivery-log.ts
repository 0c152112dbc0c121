// The notifications the emulator sent, newest first, with each attempt's result: what the control page shows. Bounded,
// so a receiver failing for hours cannot grow it without end.

export interface DeliveryRecord {
  /** On the emulator's clock. */
  at: string;
  notificationId: string;
  notificationType: string;
  subscriptionId: string;
  endpoint: string;
  attempt: number;
  /** The receiver's HTTP status, or 'network-error' when none came back. */
  result: number | 'network-error';
}

export class DeliveryLog {
  private records: DeliveryRecord[] = [];

  constructor(private readonly limit = 200) {}

  record(entry: DeliveryRecord): void {
    this.records.unshift(entry);
    if (this.records.length > this.limit) this.records.length = this.limit;
  }

  list(): DeliveryRecord[] {
    return this.records.map((record) => ({ ...record }));
  }

  clear(): void {
    this.records = [];
  }
}
