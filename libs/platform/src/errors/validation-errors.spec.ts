import { Type } from 'class-transformer';
import {
  IsIn,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { toFieldErrors } from './validation-errors';

class Address {
  @IsString()
  @MinLength(2)
  city!: string;
}

class Signup {
  @IsIn(['shopper', 'seller'])
  role!: string;

  @MaxLength(5)
  nickname!: string;

  @ValidateNested()
  @Type(() => Address)
  address!: Address;
}

describe('toFieldErrors', () => {
  it('flattens nested errors into dotted fields with the constraint arguments', () => {
    const input = Object.assign(new Signup(), {
      role: 'admin',
      nickname: 'far too long',
      address: Object.assign(new Address(), { city: 'X' }),
    });
    expect(toFieldErrors(validateSync(input))).toEqual([
      { field: 'role', code: 'isIn', variables: { values: 'shopper, seller' } },
      { field: 'nickname', code: 'maxLength', variables: { max: '5' } },
      { field: 'address.city', code: 'minLength', variables: { min: '2' } },
    ]);
  });
});
