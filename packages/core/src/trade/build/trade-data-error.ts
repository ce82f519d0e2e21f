/** Thrown when the source CSVs cannot be turned into the model: a missing row, column or inconsistent figure. */
export class TradeDataError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'TradeDataError';
    this.code = code;
  }
}
