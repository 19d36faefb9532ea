import { axesInUse, chooseAxis, DEFAULT_AXES, resolveAxes } from './matrix-axes';

const TWO = ['progress', 'plan-coverage'];
const FOUR = ['progress', 'plan-coverage', 'confidence', 'priority'];

describe('matrix axes', () => {
  describe('resolveAxes', () => {
    it('should pass the URL on before the dimensions are known', () => {
      expect(resolveAxes(null, { rows: 'confidence', columns: null })).toEqual({ rows: 'confidence', columns: null });
    });

    it('should give the default when the URL names nothing, or nothing the framework has', () => {
      expect(resolveAxes(FOUR, DEFAULT_AXES)).toEqual(DEFAULT_AXES);
      expect(resolveAxes(FOUR, { rows: 'unknown', columns: 'other' })).toEqual(DEFAULT_AXES);
    });

    it('should write the first two dimensions, in order, as the default', () => {
      expect(resolveAxes(FOUR, { rows: 'progress', columns: 'plan-coverage' })).toEqual(DEFAULT_AXES);
    });

    it('should keep two different dimensions the framework has', () => {
      expect(resolveAxes(FOUR, { rows: 'priority', columns: 'confidence' })).toEqual({ rows: 'priority', columns: 'confidence' });
      expect(resolveAxes(TWO, { rows: 'plan-coverage', columns: 'progress' })).toEqual({ rows: 'plan-coverage', columns: 'progress' });
    });

    it('should fill in the axis not named with the first other dimension', () => {
      expect(resolveAxes(FOUR, { rows: 'confidence', columns: null })).toEqual({ rows: 'confidence', columns: 'progress' });
      expect(resolveAxes(FOUR, { rows: null, columns: 'progress' })).toEqual({ rows: 'plan-coverage', columns: 'progress' });
    });

    it('should never put one dimension on both axes', () => {
      expect(resolveAxes(FOUR, { rows: 'confidence', columns: 'confidence' })).toEqual({ rows: 'confidence', columns: 'progress' });
    });

    it('should give the default for a framework with fewer than two dimensions', () => {
      expect(resolveAxes(['rating'], { rows: 'rating', columns: 'rating' })).toEqual(DEFAULT_AXES);
      expect(resolveAxes([], { rows: 'x', columns: null })).toEqual(DEFAULT_AXES);
    });
  });

  describe('axesInUse', () => {
    it('should fill in the defaults', () => {
      expect(axesInUse(FOUR, DEFAULT_AXES)).toEqual({ rows: 'progress', columns: 'plan-coverage' });
      expect(axesInUse(FOUR, { rows: 'priority', columns: null })).toEqual({ rows: 'priority', columns: 'progress' });
    });

    it('should be null with fewer than two dimensions', () => {
      expect(axesInUse(['rating'], DEFAULT_AXES)).toBeNull();
    });
  });

  describe('chooseAxis', () => {
    it('should set the axis chosen', () => {
      expect(chooseAxis(FOUR, DEFAULT_AXES, 'rows', 'confidence')).toEqual({ rows: 'confidence', columns: 'plan-coverage' });
      expect(chooseAxis(FOUR, DEFAULT_AXES, 'columns', 'priority')).toEqual({ rows: 'progress', columns: 'priority' });
    });

    it('should swap the axes when the dimension chosen is on the other one', () => {
      expect(chooseAxis(FOUR, DEFAULT_AXES, 'rows', 'plan-coverage')).toEqual({ rows: 'plan-coverage', columns: 'progress' });
      expect(chooseAxis(FOUR, { rows: 'plan-coverage', columns: 'progress' }, 'columns', 'plan-coverage')).toEqual(DEFAULT_AXES);
    });

    it('should ignore a dimension the framework does not have', () => {
      expect(chooseAxis(FOUR, { rows: 'priority', columns: 'confidence' }, 'rows', 'unknown')).toEqual({
        rows: 'priority',
        columns: 'confidence',
      });
    });
  });
});
