import { checkDigit, checkIdNumber, maskIdNumber } from './idNumber';

const TODAY = new Date('2026-12-02T00:00:00Z');

function withCheck(first17: string): string {
  return first17 + checkDigit(first17);
}

describe('checkIdNumber', () => {
  it('shouldAcceptANumberWhenShapeDateAndCheckCharacterAreRight', () => {
    // GB 11643's worked example.
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({ valid: true, birthDate: '1949-12-31', sex: 'FEMALE' });
    expect(checkIdNumber(withCheck('33012719900307001'), TODAY)).toMatchObject({ valid: true, sex: 'MALE' });
  });

  it('shouldAcceptALowerCaseXWhenItIsTheCheckCharacter', () => {
    expect(checkIdNumber('11010519491231002x', TODAY).valid).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['3301271990', 'length'],
    ['33012719900307001A', 'characters'],
    ['3301271990030700X1', 'characters'],
    [withCheck('99012719900307001'), 'region'],
    [withCheck('33012719900230001'), 'birthDate'],
    [withCheck('33012718991231001'), 'birthDate'],
    [withCheck('33012720270101001'), 'future'],
  ])('shouldRefuse %s with %s', (value, problem) => {
    expect(checkIdNumber(value, TODAY)).toMatchObject({ valid: false, problem });
  });

  it('shouldRefuseAWrongCheckCharacter', () => {
    expect(checkIdNumber('110105194912310021', TODAY)).toMatchObject({ valid: false, problem: 'checkDigit' });
  });
});

describe('maskIdNumber', () => {
  it('shouldKeepTheFirstSixAndLastFourCharacters', () => {
    expect(maskIdNumber('33012719900307123X')).toBe('330127********123X');
  });
  it('shouldMaskEverythingWhenTheNumberIsNotEighteenLong', () => {
    expect(maskIdNumber('12345')).toBe('*****');
  });
});
