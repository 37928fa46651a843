import { Templates } from '@rjsf/mui';
import { ariaDescribedByIds, type BaseInputTemplateProps } from '@rjsf/utils';
import type { KeyboardEvent } from 'react';
import { useBufferedChange } from './useBufferedChange';

const MuiBaseInputTemplate = Templates.BaseInputTemplate!;

/**
 * rjsf-mui's text input (text, number, date, e-mail, long text…), with keystrokes buffered until
 * typing pauses (useBufferedChange): typing re-renders this input only. Leaving the field and
 * Enter (which submits) hand the value on first, so the form never submits an older value.
 * The input itself is described by the field's error and help (rjsf-mui puts aria-describedby on
 * the wrapper, where screen readers do not read it with the input).
 */
export function BufferedInputTemplate(props: BaseInputTemplateProps) {
  const { value, onChange, onBlur } = props;
  const { slotProps } = props as { slotProps?: { htmlInput?: object } };
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
      {...{ slotProps: { ...slotProps, htmlInput: { ...slotProps?.htmlInput, 'aria-describedby': ariaDescribedByIds(props.id, Boolean(props.schema.examples)) } } }}
    />
  );
}
