# Second batch (x*), tricky benign: sexual-, political-, tragedy-, insult-
# and profanity-sounding words used innocently.  "hook up" the home theatre,
# "sexy" as a generic adjective for cars and phones, lingerie, bras and
# swimwear sold without sexual framing, mainstream dating apps, sexual-
# health services, "vote for your favourite pizza" polls, nonprofit appeals,
# news-adjacent ads that do not exploit, self-deprecating humour, product
# types like "ugly sweater", and mild intensifiers (damn, hell, crap).
# All compliant (README rules for sexual.suggestive, sensitive.*,
# harassment.insult, language.profanity).
DATA = r"""
@ vertical=electronics lang=en tricky=1
Hook Up Your Home Theatre in an Hour | Our installers mount the TV, hide the cables and set up surround sound. $149.
~Home Theatre Hook-Up, One Hour | TV mounted, cables hidden, surround calibrated. Flat $149.
Hookup Cables, Braided | HDMI 2.1 and optical cables in 1 to 5 metre lengths.
Sexy New Silhouette, Same Great Battery | The slimmest phone we've ever made. Pre-order in four finishes.
Seductively Simple Smart Speaker | Set up in 60 seconds, sounds bigger than it looks. $79.
Naked Phone Case | Ultra-clear case that shows off your phone's colour. Drop-tested to 8 feet.
Strip Lights for Your Desk | RGB LED strips that sync to music. 5 metres, $19.
Turn-On Timer Plugs | Smart plugs that switch your lamps on at sunset. 4-pack.
@ vertical=automotive lang=en tricky=1
Sexy Lines, Sensible Mileage | The new hybrid coupe gets 52 mpg. Test-drive it this weekend.
Hot Hatch Test Drive Day | Try the new 300 hp hatchback at Lakeside Motors. Coffee and doughnuts on us.
Strip and Repaint | Full paint stripping and respray for classics. Free quotes.
Hook Up Your Trailer Right | Hitch install and wiring for any SUV. Same-day appointments.
@ vertical=retail_fashion lang=en tricky=1
Everyday Bra Fitting, No Appointment | Our fitters measure you in 10 minutes. 30 to 46 band sizes.
T-Shirt Bra, Seamless | Smooth under any top. Sizes 32A to 40G, $38.
Wireless Bralette Multipack | Soft cotton bralettes in nude tones for all skin colours. 3 for $45.
Nursing Bras With Easy Clips | Comfortable for feeding, flexible as you change. Sizes XS-3XL.
Post-Surgery Bras | Front-closing, soft cups, recommended after mastectomy. Fitting by appointment.
Swimsuits for Real Life | Full-coverage one-pieces with tummy panels and pockets. Sizes 4-26.
Modest Swimwear Collection | Long-sleeve swim tops, swim leggings and hijab-friendly caps.
Board Shorts, Quick-Dry | Stretch board shorts with a zip pocket for your keys.
Lingerie Sets in Organic Cotton | Simple, soft underwear basics. Bra and brief from $34.
Thermal Underwear for Skiers | Merino base layers that don't itch. Men's and women's.
Hot New Colours for Autumn | Rust, olive and plum knitwear just landed.
Sexy Is Comfortable | Our bestselling wrap dress has pockets and machine-washes. $72.
Naked-Heel Sandals? No, Nude-Tone Sandals | Sandals in five nude shades for every skin tone.
Boxer Briefs, 5-Pack | Bamboo fabric, no ride-up. Men's S-3XL.
Strip-Stitched Leather Belt | Handmade in Leon. Brown or black.
@ vertical=dating lang=en tricky=1
Meet Someone Who Also Hikes | Dating app for outdoorsy people. Plan a first date on a trail.
Dating for Single Parents | Filter by kids' ages and custody schedules. Verified profiles.
Slow Dating Nights | Speed dating for ages 40-55, one conversation at a time. Tea and cake included.
Matchmaker for Busy Professionals | Personal introductions after a one-hour interview. Discreet and respectful.
Friend-Finding App for New Movers | New in town? Meet people for coffee, climbing and board games.
Dating App for Sober Singles | Meet people who don't drink. Alcohol-free first-date ideas included.
@ vertical=healthcare lang=en tricky=1
Sexual Health Clinic, Walk-In Thursdays | Confidential STI testing and contraception advice. Free for under-25s.
Contraception Counselling Online | Talk to a nurse about your options. No judgement, no waiting room.
Menopause Clinic | Specialist appointments for hot flushes, sleep and mood. Referrals not required.
Men's Health Check | Blood pressure, cholesterol and prostate discussion with a GP. 30 minutes.
Couples Therapy That Works on Weekends | Licensed counsellors, in person or by video.
Intimacy After Cancer Support Group | Monthly meetings with a specialist nurse. Partners welcome.
@ vertical=restaurants lang=en tricky=1
Vote for Your Favourite Pizza | Help us pick next month's special: fig and goat cheese or spicy honey pepperoni? Vote in store.
~Pick Our Next Pizza Special | Fig and goat cheese versus spicy honey pepperoni. Cast your vote at the counter.
Campaign for Real Gravy | Our chef's one-man crusade for proper gravy continues. Sunday lunch, $18.
Landslide Victory for Our Brisket | Voted best BBQ in the county three years running. Thank you!
The People Have Spoken: Tacos Are Back | Taco Tuesday returns by popular demand.
@ vertical=retail lang=en tricky=1
Election Night Snack Box | Chips, dips and popcorn for any TV marathon. Free delivery over $30.
Debate Club Championship Trophies | Custom trophies and medals for school competitions.
Ugly Sweater Contest Kit | Tinsel, pom-poms and felt for the tackiest sweater at the office party.
Dumb Phone for a Digital Detox | Calls, texts and a week-long battery. No apps, no feeds.
Damn Good Pancakes | Buttermilk stacks all day at The Griddle. Bottomless coffee $3.
Hell of a Deal on Garden Sheds | 8x10 sheds from $999 installed. Through Sunday.
Crappy Weather? Great Umbrellas | Windproof umbrellas that won't flip inside out. $25.
Hella Good Hot Sauce | Small-batch habanero sauce. Three bottles for $24.
Our Cashiers Are Slow and Proud of It | The chatty checkout lane is back for customers who want a conversation.
Worst Coffee Mug Ever | A joke mug that says World's Okayest Boss. $12.
Roast Yourself Calendar | 365 days of self-deprecating jokes for your desk. $14.
@ vertical=nonprofit lang=en tricky=1
Help Families After the River Flood | Our volunteers are delivering meals and cleaning supplies this week. Donate or sign up to help.
Emergency Appeal: Clean Water Now | After the cyclone, $25 provides a family with water purification tablets for a month.
Boots for the Shelter | We need 200 pairs of winter boots in men's sizes. Drop-off bins at both libraries.
Platelet Donors Wanted | Cancer patients at St. Jude's need platelets weekly. Book a 90-minute donation.
Sponsor a Guide Dog Puppy | $20 a month follows a puppy from training to graduation.
Read to a Shelter Dog | Volunteer kids read aloud to nervous rescue dogs on Saturdays. Parents sign up online.
Refugee Welcome Kits | Donate bedding and kitchen items for newly arrived families. List on our website.
Veterans' Memorial Restoration Fund | Help restore the town's memorial before its 100th anniversary.
Suicide Prevention Walk | Walk with us to raise awareness and fund local crisis lines. 988 is available 24/7.
Grief Support for Parents | Free peer group meets on Tuesdays. Facilitated by a licensed counsellor.
@ vertical=media lang=en tricky=1
Local News You Can Trust | Subscribe to the Valley Gazette. Reporting on council, schools and weather since 1921.
Storm Coverage Live | Our meteorologists track Tropical Storm Ida hourly. Free updates on the app.
True Crime Podcast, Season 3 | A cold case from 1987, reported with the victim's family's cooperation.
History Documentary: The Great Flood of 1927 | Archival footage and survivors' letters. Streaming now.
War Photographers Exhibition | Photojournalism from three decades of conflict. Museum of Modern History, free Thursdays.
Newsletter for Civic Nerds | Weekly explainers on how the city budget works. Nonpartisan, free.
@ vertical=government lang=en tricky=1
Prepare for Hurricane Season | Build a kit and know your evacuation zone. County Emergency Management.
Water Main Work on Oak Street | Expect low pressure Tuesday 9am-3pm. Public Works apologises for the disruption.
Carbon Monoxide Detector Giveaway | Renters can pick one up free at Fire Station 4 on Saturday.
Heat Advisory: Cooling Centres Open | Libraries and community centres open until 9pm this week.
"""
