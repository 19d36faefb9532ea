/** Props of JoinDetails. */
export type JoinDetailsProps = {
  joinCode: string;
  joinUrl: string;
  /** The QR code of joinUrl as SVG markup, rendered by the API (which promises it is safe to inline). */
  qrSvg: string;
  /** Bigger, for the projector. */
  large?: boolean;
};

/** Spaces a six-character code as "ABC 123", easier to read from the back of a room. */
const spaced = (code: string): string => (code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code);

/**
 * How to join: the code in large monospace letters, the link and the QR code. The QR code is one
 * image to assistive technology, named by the address it holds; the code and link are also text.
 */
export function JoinDetails({ joinCode, joinUrl, qrSvg, large = false }: JoinDetailsProps) {
  return (
    <div className={large ? 'app-join app-join--large' : 'app-join'}>
      <div className="app-join__text">
        <p className="govuk-body govuk-!-margin-bottom-1">
          Go to <span className="app-join__url app-break-words">{joinUrl.replace(/\/join\/.*$/, '/join')}</span> and enter the code
        </p>
        <p className="app-join__code">
          <span className="govuk-visually-hidden">Join code: </span>
          {spaced(joinCode)}
        </p>
        <p className="govuk-body">
          Or open{' '}
          <a className="govuk-link app-break-words" href={joinUrl}>
            {joinUrl}
          </a>{' '}
          or scan the QR code.
        </p>
      </div>
      <div className="app-join__qr" role="img" aria-label={`QR code for ${joinUrl}`} dangerouslySetInnerHTML={{ __html: qrSvg }} />
    </div>
  );
}
