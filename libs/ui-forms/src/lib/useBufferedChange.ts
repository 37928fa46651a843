import { useEffect, useRef, useState } from 'react';
import { TypingBuffer } from './typing-buffer';

/**
 * A field's value as typed, shown at once, and handed to the form's `onChange` when typing pauses
 * (TypingBuffer): a keystroke re-renders this one field, not the form. `flush` hands it on now.
 */
export function useBufferedChange<V>(value: V, onChange: (value: V) => void): { value: V; change: (value: V) => void; flush: () => void } {
  const [typed, setTyped] = useState(value);
  const deliver = useRef(onChange);
  deliver.current = onChange;
  const [buffer] = useState(() => new TypingBuffer<V>((next) => deliver.current(next)));
  useEffect(() => () => buffer.cancel(), [buffer]);
  const change = (next: V) => {
    setTyped(next);
    buffer.put(next);
  };
  // While typing, what was typed; otherwise the form's value (which may change from elsewhere: a draft loaded, a reset).
  return { value: buffer.holding ? typed : value, change, flush: () => buffer.flush() };
}
