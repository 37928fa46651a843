import { TextInput, type TextInputProps } from 'react-admin';
import { fenToYuanText, yuanTextToFen } from '../forms/yuan';

/** A react-admin input (filters) that takes yuan and holds integer fen. */
export function MoneyInput(props: TextInputProps) {
  return (
    <TextInput
      {...props}
      format={(fen: unknown) => (typeof fen === 'number' ? fenToYuanText(fen) : ((fen as string | undefined) ?? ''))}
      parse={(text: string) => yuanTextToFen(text) ?? text}
    />
  );
}
