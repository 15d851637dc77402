import { DomainError } from '../errors/domain.error';

/** The DomainError a call ends with; fails the test when it succeeds or fails otherwise. */
export async function domainErrorOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
