import { type CanActivate, Inject, Injectable } from '@nestjs/common';
import { ApiError } from '@pioneer/api-core';
import { STUDIO_SETTINGS, type StudioSettings } from './studio-settings';

/** Refuses every studio route with 403 and the reason when the studio is not enabled here. */
@Injectable()
export class StudioEnabledGuard implements CanActivate {
  constructor(@Inject(STUDIO_SETTINGS) private readonly settings: StudioSettings) {}

  canActivate(): boolean {
    if (!this.settings.enabled) throw new ApiError(403, 'studio-disabled', this.settings.refusal!);
    return true;
  }
}
