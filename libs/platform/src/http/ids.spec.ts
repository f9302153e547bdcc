import { DomainError } from '../errors/domain-error';
import { UuidPathParametersPipe } from './ids';

describe('UuidPathParametersPipe', () => {
  const pipe = new UuidPathParametersPipe();
  const uuid = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

  it.each(['id', 'vendorId', 'documentId'])('refuses a non-UUID %s with 400 invalid-id', (name) => {
    let thrown: unknown;
    try {
      pipe.transform('x', { type: 'param', data: name });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      status: 400,
      code: 'invalid-id',
      variables: { parameter: name },
      fieldErrors: [{ field: name, code: 'isUuid' }],
    });
  });

  it('passes UUIDs, other path parameters, and query or body values unchanged', () => {
    expect(pipe.transform(uuid, { type: 'param', data: 'id' })).toBe(uuid);
    expect(pipe.transform('DE', { type: 'param', data: 'country' })).toBe('DE');
    expect(pipe.transform('N-ABC', { type: 'param', data: 'reference' })).toBe('N-ABC');
    expect(pipe.transform('x', { type: 'query', data: 'id' })).toBe('x');
    expect(pipe.transform({ id: 'x' }, { type: 'body' })).toEqual({ id: 'x' });
  });
});
