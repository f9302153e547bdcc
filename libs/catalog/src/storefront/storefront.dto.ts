import { PageQueryDto } from '@app/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CATEGORY_TAXONOMY } from '../category-taxonomy';

export const STOREFRONT_SORTS = ['relevance', 'price_asc', 'price_desc', 'newest'] as const;
export type StorefrontSort = (typeof STOREFRONT_SORTS)[number];

export class StorefrontQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Words to search for in the shopper’s language',
    example: 'espresso tassen',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'A category or a group of categories', example: 'kitchen' })
  @IsOptional()
  @IsIn(CATEGORY_TAXONOMY.map((c) => c.slug))
  category?: string;

  @ApiPropertyOptional({ description: 'Lowest price in minor units, VAT included' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1e12)
  minPrice?: number;

  @ApiPropertyOptional({ description: 'Highest price in minor units, VAT included' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1e12)
  maxPrice?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  vendor?: string;

  @ApiPropertyOptional({
    enum: STOREFRONT_SORTS,
    description: 'Default: relevance with q, newest without',
  })
  @IsOptional()
  @IsIn(STOREFRONT_SORTS)
  sort?: StorefrontSort;
}
