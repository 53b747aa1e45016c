package org.aicompare.project;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The products the source names.
 */
public interface ProductRepository extends JpaRepository<Product, Long> {

}
