import type { FormInstance } from 'antd';
import { ApiError } from '../api/problem';
import { applyFieldErrors, toNamePath } from './formErrors';

describe('applyFieldErrors', () => {
  it('shouldPutEachViolationOnItsFieldAndReturnTheOthers', () => {
    const setFields = vi.fn();
    const form = { setFields } as unknown as FormInstance;
    const error = new ApiError(400, {
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'lines[1].amount', message: 'must be at least 0' },
        { field: 'name', message: 'too long' },
        { field: 'servicePointId', message: 'not yours' },
      ],
    });

    const rest = applyFieldErrors(form, error, ['name', 'lines']);

    expect(setFields).toHaveBeenCalledWith([
      { name: ['name'], errors: ['must not be blank', 'too long'] },
      { name: ['lines', 1, 'amount'], errors: ['must be at least 0'] },
    ]);
    expect(rest).toEqual([{ field: 'servicePointId', message: 'not yours' }]);
  });

  it('shouldDoNothingWhenTheErrorIsNotAnApiError', () => {
    const setFields = vi.fn();
    expect(applyFieldErrors({ setFields } as unknown as FormInstance, new Error('x'))).toEqual([]);
    expect(setFields).not.toHaveBeenCalled();
  });

  it('shouldSplitNestedNames', () => {
    expect(toNamePath('a.b[2].c')).toEqual(['a', 'b', 2, 'c']);
  });

  it('shouldTakeAMapKeyAsAName', () => {
    expect(toNamePath('ratios[LEVEL_2]')).toEqual(['ratios', 'LEVEL_2']);
  });
});
