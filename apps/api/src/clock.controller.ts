import { Controller, Get } from '@nestjs/common';
import { Clock, Public } from '@pioneer/api-core';

/**
 * The API's calendar day: front ends that estimate with the engine in the browser (the portal's
 * matcher and live estimate) use the day the API decides with, not the visitor's clock.
 */
@Controller('clock')
export class ClockController {
  constructor(private readonly clock: Clock) {}

  @Get()
  @Public()
  today(): { today: string } {
    return { today: this.clock.today() };
  }
}
