import { ProblemPanel } from '../../shell/components/problem-panel.js';
import { useFocusOnMount } from '../../shell/use-focus-on-mount.js';

/** What a yes/no question shows and reports. */
export interface ConfirmBoxProps {
  readonly question: string;
  readonly confirmLabel: string;
  readonly backLabel: string;
  readonly isBusy: boolean;
  readonly isDanger?: boolean;
  readonly error: unknown;
  onConfirm(): void;
  onBack(): void;
}

/** A yes/no question that takes focus when it appears (its question is the first thing read). */
export function ConfirmBox(props: ConfirmBoxProps) {
  const questionRef = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div className="panel confirm-box">
      <p ref={questionRef} tabIndex={-1} className="confirm-question">
        {props.question}
      </p>
      {props.error === undefined ? null : <ProblemPanel error={props.error} />}
      <div className="actions">
        <button
          type="button"
          className={`button ${props.isDanger ? 'button-danger' : 'button-primary'}`}
          disabled={props.isBusy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={props.onBack}>
          {props.backLabel}
        </button>
      </div>
    </div>
  );
}
