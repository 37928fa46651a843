import { Templates } from '@rjsf/mui';
import type { BaseInputTemplateProps } from '@rjsf/utils';
import type { KeyboardEvent } from 'react';
import { useBufferedChange } from './useBufferedChange';

const MuiBaseInputTemplate = Templates.BaseInputTemplate!;

/**
 * rjsf-mui's text input (text, number, date, e-mail, long text…), with keystrokes buffered until
 * typing pauses (useBufferedChange): typing re-renders this input only. Leaving the field and
 * Enter (which submits) hand the value on first, so the form never submits an older value.
 */
export function BufferedInputTemplate(props: BaseInputTemplateProps) {
  const { value, onChange, onBlur } = props;
  const buffered = useBufferedChange(value, onChange);
  return (
    <MuiBaseInputTemplate
      {...props}
      value={buffered.value}
      onChange={buffered.change}
      onBlur={(id, typed) => {
        buffered.flush();
        onBlur(id, typed);
      }}
      // Spread onto the TextField's root: catches the input's Enter before the form submits.
      {...{ onKeyDown: (event: KeyboardEvent) => event.key === 'Enter' && buffered.flush() }}
    />
  );
}
