import { Controller, Get } from '@nestjs/common';
import { Public } from '@pioneer/api-core';
import { MEASURES, type MeasureCatalogueEntry } from '@pioneer/contracts';

/** The measures catalogue: public, the same data the backoffice menu and the SDK read. */
@Controller('measures')
export class CatalogueController {
  @Get()
  @Public()
  list(): readonly MeasureCatalogueEntry[] {
    return MEASURES;
  }
}
