import FormHelperText from '@mui/material/FormHelperText';
import { errorId, type FieldErrorProps } from '@rjsf/utils';

/**
 * A field's errors, announced by screen readers as they appear (`aria-live`), with the id the
 * input's `aria-describedby` points at, so the message is read with the field.
 */
export function FieldErrorTemplate({ errors = [], fieldPathId }: FieldErrorProps) {
  const id = errorId(fieldPathId);
  return (
    <div id={id} aria-live="polite" role={errors.length ? 'alert' : undefined}>
      {errors.map((error, i) => (
        <FormHelperText key={i} component="div" error id={`${id}-${i}`} data-field-error>
          {error}
        </FormHelperText>
      ))}
    </div>
  );
}
