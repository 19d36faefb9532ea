import { reasonWithoutViewer } from './withheld-without-viewer';

describe('reasonWithoutViewer', () => {
  it('should drop "other" from the count when no council is viewing', () => {
    expect(reasonWithoutViewer('Fewer than 5 other councils contributed, so the figure is withheld to protect their anonymity.')).toBe(
      'Fewer than 5 councils contributed, so the figure is withheld to protect their anonymity.',
    );
  });

  it('should leave other reasons, and none, as they are', () => {
    expect(reasonWithoutViewer('Almost every council is on the same level.')).toBe('Almost every council is on the same level.');
    expect(reasonWithoutViewer(null)).toBeNull();
  });
});
