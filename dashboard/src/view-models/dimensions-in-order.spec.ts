import { dimensionsInOrder } from './dimensions-in-order';

describe('dimensionsInOrder', () => {
  it('should put the dimensions in position order without changing the framework', () => {
    const framework = {
      dimensions: [
        { key: 'plan', position: 2 },
        { key: 'now', position: 0 },
        { key: 'ambition', position: 1 },
      ],
    };
    expect(dimensionsInOrder(framework).map((d) => d.key)).toEqual(['now', 'ambition', 'plan']);
    expect(framework.dimensions.map((d) => d.key)).toEqual(['plan', 'now', 'ambition']);
  });

  it('should give no dimensions when the framework is not known yet', () => {
    expect(dimensionsInOrder(undefined)).toEqual([]);
    expect(dimensionsInOrder(null)).toEqual([]);
  });
});
