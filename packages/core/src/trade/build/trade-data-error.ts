import { TradesheetError } from '../../errors.js';

/** Thrown when the source CSVs cannot be turned into the model: a missing row, column or inconsistent figure. */
export class TradeDataError extends TradesheetError {
  constructor(code: string, message: string) {
    super(code, message);
    this.name = 'TradeDataError';
  }
}
