package org.aicompare.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A minimal Spring MVC and Thymeleaf application: one controller rendering one template.
 */
@SpringBootApplication
public class MinimalApplication {

	public static void main(String[] args) {
		SpringApplication.run(MinimalApplication.class, args);
	}

	@Controller
	static class HomeController {

		@GetMapping("/")
		String home(Model model) {
			model.addAttribute("name", "minimal");
			return "home";
		}

	}

}
