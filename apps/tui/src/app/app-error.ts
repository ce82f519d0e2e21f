/** Errors the app itself raises (a read-only scenario, a bad name), with a stable `code` like the engine's. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
