package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A social-media post copied from the browser names who went in its tag line (大友 和彦さんは佐久間 恵美さんと一緒に
 * 山形県東根市にいます。): the author and those tagged are the members. Stateless.
 */
final class TaggedPost {

	/** 大友 和彦さんは佐久間 恵美さん、山田 花子さんと一緒に…にいます: the author, then those tagged. */
	private static final Pattern TAGGED = Pattern.compile("^(\\S{1,6}[ 　]?\\S{1,6}?)さんは(.+?)さん(?:と一緒に|ほか)[^。]*(?:にいます|にいました)");

	private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,6}[ 　]?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,6}$");

	private TaggedPost() {
	}

	/** The members the post's tag line names, spaces between family and given names removed; empty when it has none. */
	static List<String> members(List<String> lines) {
		for (String line : lines) {
			Matcher tagged = TAGGED.matcher(line.strip());
			if (tagged.find()) {
				List<String> members = new ArrayList<>();
				members.add(tagged.group(1));
				for (String name : tagged.group(2).split("さん[、,]\\s*")) {
					members.add(name);
				}
				List<String> names = members.stream().map(String::strip).filter(name -> NAME.matcher(name).matches())
					.map(name -> name.replaceAll("[ 　]", "")).toList();
				return names.size() == members.size() ? names : List.of();
			}
		}
		return List.of();
	}
}
