import { Module } from '@nestjs/common';
import { OnboardingRequirementsController } from '../onboarding/onboarding-requirements.controller';
import { MarketsController } from './markets.controller';
import { MarketsService } from './markets.service';

@Module({
  controllers: [MarketsController, OnboardingRequirementsController],
  providers: [MarketsService],
  exports: [MarketsService],
})
export class MarketsModule {}
