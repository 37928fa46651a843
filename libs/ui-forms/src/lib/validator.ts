import { isValidUscc } from '@pioneer/engine';
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020';

/** The form's validator: JSON Schema 2020-12, as the engine and the API validate, with our formats. */
export const formValidator = customizeValidator({ AjvClass: Ajv2020, customFormats: { uscc: isValidUscc } });
