package org.aicompare.system;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Entity;
import org.hibernate.proxy.HibernateProxy;

/**
 * Walks everything reachable from an object, through record components, collections,
 * maps, arrays and the fields of this project's own classes, and names every value that
 * is not a plain value: a JPA entity, a Hibernate proxy, or an object of a library class
 * that is neither a string, number, date, enum nor collection.
 */
final class PlainValues {

	private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

	private final List<String> problems = new ArrayList<>();

	private PlainValues() {
	}

	/**
	 * The values reachable from {@code root} that are not plain, each with its path.
	 * @param root the object to walk
	 * @param name what to call it in the paths
	 * @return the problems, empty when everything is plain
	 */
	static List<String> problems(Object root, String name) {
		PlainValues walk = new PlainValues();
		walk.visit(root, name);
		return walk.problems;
	}

	private void visit(Object value, String path) {
		if (value == null || isLeaf(value.getClass()) || !this.seen.add(value)) {
			return;
		}
		Class<?> type = value.getClass();
		if (value instanceof HibernateProxy || type.getName().contains("$HibernateProxy")) {
			this.problems.add(path + ": a Hibernate proxy of " + type.getSuperclass().getName());
			return;
		}
		if (isEntity(type)) {
			this.problems.add(path + ": the JPA entity " + type.getName());
			return;
		}
		if (value instanceof Optional<?> optional) {
			optional.ifPresent((inner) -> visit(inner, path + ".get()"));
		}
		else if (value instanceof Collection<?> collection) {
			int index = 0;
			for (Object element : collection) {
				visit(element, path + "[" + index++ + "]");
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, element) -> {
				visit(key, path + ".key(" + key + ")");
				visit(element, path + "[" + key + "]");
			});
		}
		else if (type.isArray()) {
			for (int i = 0; i < Array.getLength(value); i++) {
				visit(Array.get(value, i), path + "[" + i + "]");
			}
		}
		else if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				visit(read(component, value), path + "." + component.getName());
			}
		}
		else if (type.getName().startsWith("org.aicompare.")) {
			for (Class<?> each = type; each != Object.class; each = each.getSuperclass()) {
				for (Field field : each.getDeclaredFields()) {
					if (!Modifier.isStatic(field.getModifiers())) {
						field.setAccessible(true);
						visit(get(field, value), path + "." + field.getName());
					}
				}
			}
		}
		else {
			this.problems.add(path + ": an object of the library class " + type.getName());
		}
	}

	private static boolean isLeaf(Class<?> type) {
		return type.isPrimitive() || type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())
				|| CharSequence.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type)
				|| type == Boolean.class || type == Character.class || TemporalAccessor.class.isAssignableFrom(type)
				|| type == byte[].class || type == java.net.URI.class || type == java.time.Duration.class;
	}

	private static boolean isEntity(Class<?> type) {
		for (Class<?> each = type; each != null; each = each.getSuperclass()) {
			if (each.isAnnotationPresent(Entity.class)) {
				return true;
			}
		}
		return false;
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object get(Field field, Object owner) {
		try {
			return field.get(owner);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
