import { getMetadataStorage } from 'type-graphql';

import { graphqlEnum } from './register-enum';

describe('graphqlEnum', () => {
  it('should put each value under its upper-case name, in order, and register the enum with its description', () => {
    const Colour = graphqlEnum('SpecColour', ['dark_red', 'green'], 'A colour.');
    expect(Object.entries(Colour)).toEqual([
      ['DARK_RED', 'dark_red'],
      ['GREEN', 'green'],
    ]);
    const registered = getMetadataStorage().enums.find((e) => e.name === 'SpecColour');
    expect(registered).toMatchObject({ enumObj: Colour, description: 'A colour.' });
  });

  it('should throw when two values share an upper-case name', () => {
    expect(() => graphqlEnum('SpecClash', ['red', 'RED'], 'Clashing.')).toThrow('two values share an upper-case name');
  });
});
