import { I18nService, RequestLocale, type Locale } from '@app/platform';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CATEGORY_TAXONOMY } from './category-taxonomy';

class CategoryResponse {
  @ApiProperty({ example: 'printed-books' }) slug!: string;
  @ApiProperty({ nullable: true, type: String, example: 'books-media' }) parent!: string | null;
  @ApiProperty({ example: 'Books' }) name!: string;
  @ApiProperty({ example: 'books', description: 'Decides the VAT rate in each market' })
  taxCategory!: string;
  @ApiProperty({ description: 'Whether products can be filed here (leaves only)' })
  assignable!: boolean;
}

class CategoryListResponse {
  @ApiProperty({ type: [CategoryResponse] }) items!: CategoryResponse[];
}

@ApiTags('catalog')
@Controller('v1/categories')
export class CategoriesController {
  constructor(private readonly i18n: I18nService) {}

  @Get()
  @ApiOkResponse({
    type: CategoryListResponse,
    description: 'The taxonomy, names in the language of Accept-Language',
  })
  list(@RequestLocale() locale: Locale): CategoryListResponse {
    return {
      items: CATEGORY_TAXONOMY.map((category) => ({
        slug: category.slug,
        parent: category.parent,
        name: this.i18n.translate(locale, `catalog:categories.${category.slug}`),
        taxCategory: category.taxCategory,
        assignable: category.parent !== null,
      })),
    };
  }
}
