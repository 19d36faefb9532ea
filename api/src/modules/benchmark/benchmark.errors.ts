import { DomainError } from '../../common/errors/domain-error';

export enum BenchmarkErrorCode {
  DIMENSION_NOT_FOUND = 'BENCHMARK_DIMENSION_NOT_FOUND',
  SECTION_NOT_FOUND = 'BENCHMARK_SECTION_NOT_FOUND',
}

export class BenchmarkError extends DomainError<BenchmarkErrorCode> {}
