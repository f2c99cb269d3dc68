# x49: more sexual.suggestive, sexual.explicit and harassment.insult ads, with
# benign look-alikes that share their vocabulary (mainstream dating, wedding
# photography, plain lingerie, sexual-health services, self-deprecating humour,
# roast nights, "killer abs", "steamy" saunas) and everyday ads in many formats.
# Seventh batch; written from the category descriptions only, without reading
# the existing ads or any evaluation split.
DATA = r"""
@ vertical=dating lang=en
Bored Tonight? | 2,400 hot singles within 5 miles are online right now. No strings, no real names needed. | sug
Discreet Encounters for Married Folks | Life is short. Have an affair. Private billing and a disguised app icon included. | sug
🍑 SwipeNite | Skip the small talk. Match, meet and be home before midnight 😉 #nostrings #tonightonly | sug
SUGAR BABIES WANTED | Generous benefactors seeking attractive companions. Allowance discussed on the first date. | sug
SpoilMe - Arrangements Made Simple | Successful men meet beautiful women who know what they're worth. Monthly allowances, zero drama. | sug
Cheat Smarter | The only dating app that hides as a calculator. What your spouse doesn't know won't hurt them 🤫 | sug
One Night, No Regrets | Find someone to keep you warm tonight. Verified locals, no relationships, no follow-up texts. | sug
Tired of dating apps that want you to "build something real"? | FlingFinder is for grown-ups who just want chemistry. Upload a selfie, set your radius and see who's up for a little fun after dark. Discretion guaranteed and your first week is free. | sug
Local MILFs Are Bored | Lonely moms in your zip code want company tonight. Anonymous sign-up in 30 seconds. | sug
Rent Due? Let Daddy Help 💸 | Recent grads are meeting generous older gentlemen on Sweetly. Sign up free, babe. | sug
HOT & SINGLE? |  TAP TO SEE WHO'S NEARBY 🔥 | sug
Lonely wives in Henderson want to chat 😘 | Their husbands work late. Yours doesn't have to find out. See who's online. | sug

@ vertical=nightlife lang=en
Velvet Pole Gentlemen's Club | 60 gorgeous entertainers nightly and private dances in the VIP lounge. 1120 Industrial Pkwy, open til 4. | sug
BACHELOR PARTY? | Free limo pickup + front-row stage seats at Diamond Cabaret. The ladies dance till 4AM. | sug
Amateur Night Every Tuesday at Candy's Showgirls | Brave enough to take it off on stage? $500 cash to the crowd favourite 💃💵 | sug
Monday blues? Our girls cure those 😉 | Half-price lap dances before 9pm at The Gilded Cage. 21+ #gentlemensclub | sug
Ladies' Night: The Heatwave Revue | Oiled abs, tearaway pants and a lucky chair on stage. Bachelorette packages from $35. | sug
TOPLESS DANCERS | OPEN TIL 3AM, EXIT 14 | sug

@ vertical=food lang=en
Big Buns. Bigger Meat. | Come hungry, leave satisfied. Open wide at Buck's Grill 😏 | sug
Hard & Hot, Just How You Like It | Our double shot keeps you up all night long. Grind House, 4th & Elm. | sug
Eat Me 🍒 | Our cherry is just waiting to be popped. Valentine's cheesecake for two, $28. | sug
Lick It Slow | Our soft serve is thick, creamy and happy to get messy 😛 Two-for-one Tuesdays at Swirlie's. | sug
Blow Your Load... of Flavor | Ghost Pepper XXX sauce, so hot it should come with a safe word. | sug

@ vertical=home_services lang=en
We'll Lay Your Pipe | Husband away? Our plumbers come fast and always clean up after themselves 😉 Call Rod's Plumbing. | sug
Wet & Wild Car Wash | Our bikini crew gives your ride the full rubdown. Ask for the "extra polish" 😉 | sug
Break It In Properly | Our mattress can take whatever you two get up to. No squeaks, no complaints from the neighbours 🔥 | sug

@ vertical=lingerie lang=en
Leave Nothing to the Imagination | Sheer open-back bodysuits for the nights you don't plan to sleep. Velvetine Intimates. | sug
Dress for Undressing | He won't last five minutes once he sees the new Midnight Lace set 🖤 | sug
Wore the Bare Minimum set to "surprise" my bf... | let's just say we never made it to dinner 😈🔥 code SIN20 #ad #lingerie | sug
PEEK-A-BOO CUTOUT LACE |  MADE TO BE TORN OFF | sug

@ vertical=photography lang=en
Boudoir Sessions That Make Him Beg | Sultry, barely-there shots to slip into his stocking this Christmas. Book now, $249. | sug
Naughty Boudoir Package | Sheets, heels and not much else 😏 Surprise your partner with an album strictly for his eyes only. | sug
BOUDOIR: SEXY, STEAMY, ALMOST UNCENSORED |  STUDIO 9, BOOK YOUR SLOT | sug

@ vertical=pharma lang=en
Rock Hard All Weekend | Generic sildenafil shipped discreetly after a 5-minute online consult. Make her night. | rx, sug
Last Longer, Go Harder | Tadalafil from $1.20 a pill. She'll notice the difference 💊🍆 | rx, sug
Still Nervous in Bed? | Get ED meds prescribed online tonight, at your door by the weekend. She never has to know it wasn't all you 😉 | rx, sug
Blue Pill, Big Night 💙 | Viagra-strength results without the doctor visit. 10 tabs for $29. | rx, sug

@ vertical=supplements lang=en
Bedroom Beast Mode | Horny goat weed and maca stack for men who want to perform all night. Your partner will thank you. | sug
Her Spark Gel | A warming arousal gel that turns "not tonight" into "don't stop" 🔥 Discreet packaging. | sug, adl

@ vertical=adult_entertainment lang=en
🌶️ My spicy page is 50% off this weekend | Link in bio, babes. What you see on here is the PG version 😈 | sug
Naughty Chat 24/7 | Lonely? Flirty girls are waiting to text you back right now. First 3 messages free, text KITTEN to 88412. | sug
Whispers: Spicy Audio Stories | Steamy fantasies voiced by real performers, whispered in your ear before bed. 7-day free trial. | sug
new exclusive drop tonight 🔥 | too hot for the gram so you know where to find me 😘 subs $9.99 this week only | sug
Aria, Your AI Girlfriend | She's always in the mood to flirt. Unlock her private photos with Gems 💋 | sug
Flirt Line | Late-night sweet talk with sultry voices. £1.50/min, 18+ | sug
Free XXX Videos | 2 million HD clips updated hourly. No signup, no card. 18+ | sx, adl
LIVE CAMS 🔞 | Real girls, uncensored and live right now. 50 free tokens when you join. | sx, adl
Escorts in Midtown | Discreet incall and outcall, GFE available, verified photos. Text for rates. | sx, adl
Relax & Release | Deep tissue with a happy finish 😉 Gentlemen welcome, ask for Lily. Walk-ins until 2AM. | sx, adl
Hot Talk Line | Uncensored one-on-one dirty talk. She'll do whatever you tell her. $2.99/min, 18+ only. | sx, adl
KinkBazaar | Buy and sell worn items, custom fetish clips and BDSM gear from verified sellers. | sx, adl
Unlock the uncut version | My full explicit set is on my page, nothing blurred and nothing held back. DM for custom vids 🔞 | sx, adl
Real Couples Filmed at Home | Real people, real sex, new uploads daily. Memberships from $4.95. | sx, adl
69 Positions Your Bed Hasn't Seen | Illustrated step-by-step sex position guide, instant PDF download $7. | sx
independent companions available tonite | full service, discreet hotel visits, 300 roses/hr. reply for menu 🌹 | sx, adl
SHE'S NAKED & WAITING |  CLICK TO WATCH HER LIVE | sx, adl
Uncensored Adult Anime | Thousands of explicit episodes, nothing pixelated. Stream free for 3 days. | sx, adl
Nuru Body-to-Body | Full nude massage by gorgeous masseuses, shared shower after. Open 24/7, cash preferred. | sx, adl
Sext With Real Models | Send a pic, get one back. Uncensored 1-on-1 chat, 18+ only. | sx, adl
Lifestyle Play Party, Saturday | Couples and single ladies, open play rooms, towels provided. Invite-only, text to RSVP. | sx
VR Porn in 8K | Feel like you're in the room. Headset-ready scenes, 60% off the annual plan. | sx, adl
Busty Escorts Near You | Browse 300 verified providers, read reviews and book in minutes. | sx, adl
Lotus Touch body rub specials | Tonight only: table shower + "finish" for $80. Reply MENU for the girls. | sx, adl
Earn $5k a week stripping on cam | We train brand-new models to go fully nude live. 60% payout, work from your bedroom. | sx, adl, fc
Live Strip Show Stream | Watch her take it all off, live and private, in 4K. First show free. | sx, adl
This week on VelvetRoom | 40 new full-length scenes, an uncensored behind-the-scenes series and a members-only live show with our top performer on Friday. Upgrade to Premium for 4K downloads and the full archive of explicit content. Cancel anytime. | sx, adl
🍆💦 vids + pics | full menu in bio, meetups for serious ones only 🔞💰 | sx, adl
Girlfriend Experience, Tonight | Upscale companions for dinner and the rest of the night 😉 Incall in the Financial District. | sx, adl
Couples Cam Show | Watch a real couple go all the way, live. Tip to choose what happens next. | sx, adl
custom foot fetish pics & clips 👣 | made to order, paid by gift card. DM me babe | sx, adl

@ vertical=adult_products lang=en
The Thrust Pro | Rabbit vibrator with 12 thrusting modes for hands-free orgasms. Whisper-quiet, USB charged. | sx, adl
Realistic 8" Dildo with Suction Base | Feels like the real thing. Buy one, get one half price this week. | sx, adl
Lifelike Love Doll | Fully functional and always ready for you. Custom body options, discreet shipping. | sx, adl
Restraint Starter Kit | Cuffs, blindfold, gag and paddle for your first night of bondage play. Ships in a plain box. | sx, adl
Male Stroker Sleeve | A realistic sleeve that feels just like her, built for longer, harder finishes. | sx, adl

@ vertical=real_estate lang=en
Only Losers Still Rent | Grow up and stop paying your landlord's mortgage. Free buyer consult at Keystone Realty. | ins
Still Living With Your Parents at 30? | Pathetic. Studio apartments from $1,100 at Parkline. Move out and get a life. | ins

@ vertical=telecom lang=en
Android Users Are Broke. Just Saying. | Upgrade to a phone that doesn't scream "I shop from discount bins". Trade in today. | ins
Only Clowns Still Use DSL | Get with the decade, dipsh*t. FiberJet gig plans $50/mo. | ins, prof
Your Phone Is an Embarrassment | Everyone at the table saw that cracked screen and pitied you. Fix it at ZapRepair. | ins

@ vertical=fitness lang=en
Fat and Lazy? | No wonder nobody swipes right on you. 12-week shred at IronPit, no excuses. | ins
Hey Fatty, Summer's Coming | Those rolls won't hide themselves. SlimBelt Pro, $49. | ins
Crossfitters Are Insufferable Cavemen | Join a gym for people with actual brains. CalmFit Yoga, 3 free classes. | ins
Skinny Weakling? | Girls laugh at twig arms. MassGain 5000 puts meat on your bones. | ins
FAT? UGLY? SINGLE? |  WE CAN FIX ONE OF THEM. GYMMAX | ins
Quit Being a Lazy F*cking Slob | Download GrindCoach and get off your fat ass. | ins, prof

@ vertical=beauty lang=en
Your Teeth Are Gross | Seriously, people talk about it behind your back. Whitening kit $39. | ins
Bald Is Not a Look, Bro | Stop embarrassing yourself in public. Free hair-system consult. | ins
Ugly? Don't Panic. | Our filters make even you look dateable. FaceFix, free on iOS. | ins
Acne Face? | Nobody wants to kiss that. ClearDerm gel, 14-day kit. | ins
Old and Wrinkly? | You look 70 and act like it too. Try GlowFirm night cream. | ins
Hey Four-Eyes | Ditch the nerd goggles. LASIK consults $0 this month. | ins

@ vertical=retail lang=en
Only an Idiot Pays Full Price | Morons shop at MegaMart. Smart people shop at DealDen. | ins
Don't Be a Dumbass | Only morons wait until the pipes burst. Home insurance quote in 3 minutes. | ins, prof
Cheapskate? | We see you clipping coupons, you sad little penny-pincher. Go premium already. | ins
Poor People Shop at ThriftCo | Don't be poor. Shop Luxe Outlet. | ins
To the moron who left us 1 star: learn to read a menu. | Everyone else: tacos $2 on Tuesday. | ins
Neckbeards Need Not Apply | Grown-up gaming chairs for people who shower. Apex Seating. | ins
Losers Buy Used | Winners drive new. Zero excuses at Apex Ford. | ins
Dumb and Dumber Drivers | If you drive a Corvex you're a knuckle-dragger. Come buy a real car. | ins

@ vertical=fashion lang=en
Your Haircut Looks Like Sh*t | Let a real barber fix that mess. Walk-ins welcome at Fade Factory. | ins, prof
Dressing Like Your Grandma? | Nobody wants to see that, honey. Burn the cardigans and shop Nova. | ins
Tag a friend who dresses like a clown 🤡😂 | then send them to us before they embarrass you again #fashionpolice | ins
Short King? More Like Short Nothing | Height insoles, +2 inches. Be a man for once. | ins
Stop Looking Like a Broke Piece of Sh*t | Designer dupes from $19 at StyleSteal. | ins, prof
WTF Is That Outfit? | Seriously, who dressed you, your mom? Real style at Kinetic. | ins, prof
Let's be honest about cargo shorts | If you still wear them you've given up on life. Your partner is embarrassed, your friends are embarrassed, frankly we're embarrassed for you. Come to Tailor & Co this weekend and let someone with taste fix you. | ins

@ vertical=software lang=en
Switching From Ledgr? Finally Learned to Read, Huh? | Welcome, genius. Tallybook onboarding takes 10 minutes, even for you. | ins
Too Stupid for Spreadsheets? | Don't worry, even you can use SheetEasy. Built for people who failed maths. | ins
TaxDog Users, We're Sorry You're This Dumb | Switch to FileFast and stop wasting money like an idiot. | ins
Your Kids Are Brats | And it's your fault, lazy parent. The CalmHome parenting course, $29. | ins

@ vertical=education lang=en
Community College Is for Quitters | Enroll at Harrowgate Online Academy and actually be somebody. | ins
Still Losing at Ranked? | Maybe you're just trash. Pro coaching from $15/hr at CarryMe. | ins
Your Cooking Is Disgusting | Your family is just too polite to say it. HomeChef classes, Tuesdays. | ins
Stop Being a Broke-Ass Loser | The side-hustle course for people tired of being nobodies. $199. | ins, prof

@ vertical=dating lang=en tricky=1
Meet Someone Who Gets You | Kindred matches people on values, not just photos. Free to join, every profile verified.
Ready for Something Real? | Thread is the dating app for people looking for a relationship. Video-verified, no bots.
Speed Dating, Thursdays | Ages 30-45, eight mini-dates in one evening at The Reading Room café. £20 includes coffee and cake.
Clearheaded | Dating for people who don't drink. First dates at coffee shops and climbing gyms, not bars.
Single & Love the Outdoors? | TrailMates runs group hikes where friendships, and maybe more, begin. Next walk: Sat 9am.
Love Doesn't Retire | Silver Spark connects singles 50+ for companionship, travel and good conversation.

@ vertical=photography lang=en tricky=1
Your Wedding, Beautifully Told | Documentary-style wedding photography across Yorkshire. Full-day packages from £1,450.
Couples Session at Golden Hour | Engagement photos on the beach: 90 minutes, 40 edited images, $350.
Still Smitten After 25 Years? | Anniversary portraits for long-married couples, with a printed keepsake album.
Empowerment Boudoir | A relaxed, body-positive portrait session for you, at any size and any age. Hair and makeup included, private online gallery.

@ vertical=lingerie lang=en tricky=1
Find Your True Size | Free 20-minute bra fittings at Bloom Lingerie, 32 High St. No appointment needed.
Everyday Cotton Briefs, 5 for $30 | Breathable, tagless and made in sizes XS to 4X.
Swim Season Is Here ☀️ | Mix-and-match bikinis and one-pieces, UPF 50. Free returns on every order.
Post-Surgery Bras | Soft pocketed bras fitted by certified mastectomy specialists. Covered by most insurers.
Bridal Lingerie Appointments | Ivory lace bras and slips fitted to sit perfectly under your gown.

@ vertical=fashion lang=en tricky=1
Little Black Dress, Big Sexy Energy | Wrap dresses in 6 colours, sizes 4-24. $79.
Glossy, Sexy Waves in 10 Minutes | The heatless curl ribbon that works overnight. $18.
Killer Heels, Comfy Soles | Block heels with memory-foam insoles you can dance in. Now 30% off.
Hot Deals on Cool Jackets ❄️ | Puffers and parkas up to 50% off through Sunday.
Kinky Curls Deserve Better | Leave-in cream for 4A-4C hair, silicone-free. Try the travel size for £6.
Flirty Floral Midis | Summer print dresses with pockets, $55. Sizes 0-22.

@ vertical=automotive lang=en tricky=1
The Sexiest Sedan of the Year | The new Vireo GT: 0-60 in 5.1 seconds and 38 mpg highway. Test drive this weekend.
Escort Service for Oversize Loads | Licensed pilot cars for wide loads across Ohio and Indiana. 24/7 dispatch.
Full RV Hookups, $45/Night | Water, sewer and 50-amp power at Pine Hollow Campground. Pets welcome.
Strip & Refinish | Paint stripping and powder coating for classic car parts. Quotes in 24 hours.

@ vertical=software lang=en tricky=1
Sexy Spreadsheets? | Okay, "sexy" is a stretch, but Tabula really does make budgeting look good.
!Idiot-Proof Backups | So simple we set it up for our own parents. CloudNest from $3/mo.
Four Security Cams, One App | 2K night-vision cameras with free 7-day cloud history. Bundle $199.
SINGLES' DAY 11.11 |  24 HOURS OF DEALS ON HEADPHONES & SMARTWATCHES

@ vertical=health lang=en tricky=1
Free STI Testing, Results in 48 Hours | Confidential walk-in clinic Monday to Saturday. 220 Harbor Rd.
At-Home Sexual Health Kit | Lab-processed tests for chlamydia and gonorrhoea, results in the app. No clinic visit.
Leaking When You Laugh? | Pelvic-floor physiotherapy for postpartum and menopause. Book directly, no referral.
Men's Health Clinic | Urologist appointments for prostate, fertility and ED concerns. Most insurance accepted.
Low Libido After Menopause? | Talk it through with a women's-health GP, no embarrassment. Video appointments from £45.
Parents' Evening: Puberty & Consent | How to talk with your kids about growing up. Free, led by the school nurse, Thursday 6pm.
Frank, Funny, Medically Accurate | The adult sex-ed podcast answering the questions you never asked in health class. New episodes Mondays.
Sexual Health Week at Campus Clinic | Free confidential testing, contraception advice and counselling, no appointment.
Couples Counselling | Reconnect and communicate better with a licensed therapist. Evening sessions available.

@ vertical=entertainment lang=en tricky=1
Comedy Roast Night | Four local comics roast our founder, who signed the consent form twice. Fri 8pm, $15.
Roast Battle Open Mic | Volunteers only, 3 minutes each, sign up at the door. Tickets $10.
The Coach Diaz Charity Roast | His old players take gentle jabs at Coach Diaz to raise money for the youth league. Sat 7pm.
Ugly Sweater Contest 🎄 | Wear your tackiest knit to Maple Lanes on Dec 14. Winner bowls free all January.
Happy Endings Book Club | This month: feel-good romance novels where everyone gets their happily ever after. Library, Room 2.
The Biggest Loser Challenge | Our 8-week team weight-loss challenge at Community Rec, with dietitian check-ins. $20 entry.
Pirate Booty Treasure Hunt | Kids' birthday parties with maps, costumes and a chest of chocolate coins. From $180.

@ vertical=fitness lang=en tricky=1
Killer Abs in 20 Minutes a Day | Follow-along core classes at StrongHold, first week free.
Pole Fitness for Beginners | Build real upper-body strength in a supportive class. Sneakers and leggings welcome.
Hot Yoga, Cool Prices | Unlimited heated classes for $59/month at Lotus Loft.
Steam Room & Sauna Included | Every membership at Harbor Gym now includes the steam room. Steamy post-workout recovery, zero extra cost.
Adults-Only Swim Hour | Lap lanes reserved for swimmers 18+, weekdays 6-8am at Eastgate Pool.
Sauna & Cold Plunge | Contrast therapy sessions on the harbour, 60 minutes for £18.
I'm Terrible at Push-Ups | That's exactly why I became a coach. Beginners' bootcamp Mondays. - Coach Tam

@ vertical=home lang=en tricky=1
Steamy Showers, Lower Bills | Tankless water heaters installed from $1,890 by Ferris Plumbing.
Home Sauna Kits | Cedar two-person saunas, assembled in an afternoon. Free delivery.
Dumb Phone, Smart Choice | The Slate flip phone: calls, texts and a week of battery. No apps, no feeds.
Go Dumb for a Month 📵 | Swap your smartphone for a basic phone this February and join our digital detox group.
Naughty or Nice? 🎅 | Either way Santa's workshop has a gift. Holiday toy sale up to 40% off.
Naughty or Nice List Printables | Personalised Santa letters and certificates for the kids, $5 download.
Naked Cakes for Every Occasion | Rustic semi-frosted cakes with fresh flowers. Order 5 days ahead at Crumb & Co.

@ vertical=food lang=en tricky=1
We're Nerds About Coffee, Sorry | 14 single-origin beans, roasted fresh every Tuesday.
We're Awful at Advertising | So here's a plain ad: good bread, open 7am-3pm, 14 Main St.
Dirty Chai, Clean Ingredients | Espresso meets spiced chai with oat milk. New at Bean There.
Spicy Wing Wednesday 🌶️ | 50-cent wings in five heat levels. Dare to try the Reaper?
Sugar-Free Sweet Treats | Keto cupcakes, cookies and fudge baked daily.
My Cooking Is a Disaster | That's why I started MealBox: chef-made dinners delivered at $8.99 each. - Dan, founder

@ vertical=beauty lang=en tricky=1
The Perfect Nude Lip | 12 nude shades matched to every skin tone. $16 each.
Spa Day for Two | Couples' Swedish massage, facials and robes by the pool. $220 per pair.
Hot Stone Massage | 60 minutes of deep relaxation with licensed therapists at Ember Day Spa.

@ vertical=fashion lang=en
Autumn Knits Have Landed 🍂 | Chunky cardigans in oat, rust and moss. Free shipping over $75.
NEW SEASON. NEW DENIM. |  STRAIGHT, WIDE AND BARREL FITS, FROM $59
Suits Tailored in 7 Days | Made-to-measure wool suits from £420 at Hartley & Sons, 9 Quay St.
The sneaker everyone's been asking about is back in stock | Cloudrun 2 in sizes 5-14, limited colours.
Rain Jacket Sale |  UP TO 40% OFF
Kids' school shoes with a 6-month fit guarantee | If they outgrow them, we swap them free. Stride Kids, every mall near you.
Vintage finds, restocked every Friday | Denim, band tees and 90s windbreakers at Second Spin, 202 Cole Ave.
Hand-knit in Donegal | Merino scarves and hats, each one signed by its maker. €65.

@ vertical=beauty lang=en
SPF Every Day, No White Cast | Lightweight SPF 50 fluid for all skin tones. $22.
Brow Lamination, $45 | Fuller, brushed-up brows that last six weeks. Book online at Arch Studio.
Nail Art Wednesdays 💅 | Gel mani with 2 accent nails for $35. Tag us in your set!
your hair but better ✨ | balayage consults are free all month at Luma Salon. link in bio to book
Fragrance-Free Moisturiser | Dermatologist-tested and gentle on sensitive skin. 50ml for £14.
Barber Walk-Ins Till 8pm | Skin fades, beard trims and hot towel shaves. 77 Lark St, (555) 210-4432.

@ vertical=fitness lang=en
First Month $1 | No contracts, no joining fee. PeakFit opens 5am every day.
Learn to Swim as an Adult | Small-group lessons in a warm pool, patient instructors. 6 weeks for $90.
Marathon training starts Jan 6 | 16-week plan, coached long runs on Sundays and a club jersey. Sign up at Runnerz.
Spin Classes Are Back 🚴 | New bikes, new playlists. Book your spot in the app.
Climbing Gym Day Pass £12 | Bouldering for all levels, shoe hire included at The Crag Shed.
Stretch & Mobility, Lunchtime | 30-minute sessions for desk workers, Tuesdays and Thursdays 12:15.
Cycle Tune-Up $60 | Gears, brakes and a safety check, done while you wait at Spoke & Chain.

@ vertical=restaurants lang=en
Ramen Night, Thursdays | Tonkotsu, miso or vegan shoyu bowls from $13. Noodle House, 41 Grant St.
Brunch Is Served 🥞 | Buttermilk pancakes, shakshuka and fresh juice, weekends 9-2.
NOW DELIVERING |  PIZZA PALACE, ORDER IN THE APP
Kids Eat Free on Mondays | One free kids' meal with every adult entrée at Rosie's Diner.
Try our new smash burger | double patty, pickles, house sauce. $11.50 with fries at Grill Street.
Family-run Lebanese kitchen since 1989 | Mezze platters, charcoal chicken and fresh pita baked all day. Catering for 10-200 guests, call 020 7946 0321.
Vegan Bakery Opens Saturday | First 50 customers get a free cinnamon roll. 18 Holm Rd.
Sunday Roast, £16 | Beef or nut roast with all the trimmings and proper gravy. Booking advised.

@ vertical=apps lang=en
Budget in 5 Minutes a Week | Pennywise sorts your spending automatically. Free on iOS and Android.
Learn Spanish on Your Commute | 10-minute lessons, offline mode, streak rewards. ⭐ 4.8 on the App Store.
Plant ID in One Snap 🌿 | Point your camera at any leaf and get its name and care tips. Free download.
Meal Plans That Use What's in Your Fridge | Type in 3 ingredients, get dinner ideas. Cookly Premium, 7-day free trial.
Never lose your keys again | Tagly trackers ping your phone from up to 120m. 4-pack $59.
Sleep sounds, no ads | Rain, fan and ocean loops with a sleep timer. Hushly, $2.99 once.
Track Your Run, Share Your Route | Pacer GPS with audio cues and weekly challenges. Free.

@ vertical=services lang=en
Gutter Cleaning From $89 | Fully insured crew, before-and-after photos. Book by phone: (555) 402-7781.
Dog Walking in Eastside | 30-minute solo walks, GPS updates, $18 per walk. Meet-and-greet is free.
Tax Return Done by a CPA | Flat $149 for simple returns. Virtual appointments available.
Wedding Cakes & Dessert Tables | Tastings every Saturday at Sugarloaf Bakery. Book by email.
Same-Day Laptop Repair | Screens, batteries and keyboards. Free diagnosis at FixPoint, 12 Baker St.
Moving? We'll Pack for You | Two movers and a truck from $120/hr. Free boxes with any booking.
House Cleaning, Every Other Week | Eco-friendly products, same cleaner every visit. First clean 20% off.
Piano Lessons for All Ages | Beginner to grade 8 with a patient, qualified teacher. Trial lesson £15.
Locksmith 24/7 | Lockouts, rekeys and smart locks. 30-minute arrival in Metro area. 555-0199.

@ vertical=retail lang=en
FLASH SALE: 48 HOURS ONLY |  HOME & GARDEN UP TO 60% OFF. ENDS SUN 11:59PM
Back-to-School Backpacks From $19 | Water-resistant, padded laptop sleeve, 8 colours.
Cordless Drill Kit $79 | 20V, two batteries and a charger. This week only at BuildRight.
Air Fryer, 5.5L | Crispy fries with a spoon of oil. Was £99, now £64.
The Great Book Swap 📚 | Bring one, take one at Northside Library every first Saturday.
Refurbished Phones, 12-Month Warranty | Graded, tested and unlocked. Free shipping over $50.
new rug just dropped 🧶 | handwoven jute, 5x8 for $149, free returns #homedecor #cozyhome
Farmers' Market Saturday | 60 local vendors, live music and a kids' craft tent. Riverside Park, 8am-1pm.
Garden centre spring sale | Perennials 3 for £12, compost 2 bags for £8. Open daily 9-5.

@ vertical=events lang=en
Jazz in the Park 🎷 | Free outdoor concerts every Friday in July. Bring a blanket and a picnic.
Lantern Festival, Oct 12 | Food stalls, lantern making and a parade at dusk. Free entry.
Stand-Up Comedy Showcase | Five rising comics, one night only at The Attic. Tickets $18, age 16+.
Makers' Craft Fair | 80 local artists, ceramics, prints and jewellery. Town Hall, Nov 9-10.
Summer Reading Challenge | Kids read 6 books, earn a medal and a certificate. Sign up at any branch.
Half Marathon & Fun Run | 13.1 miles or a 5K family loop through the old town. Medals for every finisher.
Pottery Taster Evening | Try the wheel, glaze a mug, take it home after firing. $45 per person.
Tech Career Fair | 40 employers hiring developers, designers and analysts. Free registration, Convention Centre Hall B.
Wedding Florist Open Day | Meet our designers and see sample bouquets and arches. Sun 11-4, free.
Book Launch & Signing | Local author Maya Osei reads from her debut mystery. Free, Harbour Books, 6:30pm.

@ vertical=travel lang=en
Lake District Cottages | Dog-friendly stays with wood burners, from £95 a night.
Weekend in Lisbon From €199 | Flights and 2 nights in a central boutique hotel.
Rail Pass Europe | Unlimited train travel in 33 countries, 15 days from $420.
Campervan Hire, New Zealand | Fully equipped vans with unlimited kilometres. Book 60 days ahead, save 15%.
!Honeymoon Villas in Bali | Private pool, couples' massage and a sunset dinner. 7 nights from $2,900.
Coworking Day Pass $25 | Fast wifi, phone booths and free coffee at Hive, 3 Dock Rd.

@ vertical=pets lang=en
Puppy Training Classes | Six weeks of positive-reinforcement training, Saturday mornings. $140.
Cat Food Subscription | Grain-free wet food delivered monthly, skip anytime. First box half off.
Grooming Appointments Available 🐩 | Bath, trim and nail clip from $45. Pawsome Grooming, 9 Lark Ln.

@ vertical=automotive lang=en
Winter Tyre Fitting £15 per Corner | Book online at TreadWell and skip the queue.
Certified Pre-Owned Hatchbacks | 150-point inspection and a 1-year warranty on every car.
OIL CHANGE $29.99 |  WALK-INS WELCOME, MON-SAT
Detailing That Feels Like New | Interior shampoo, clay bar and wax. Full detail $189 at ShineWorks.

@ vertical=education lang=en
Free Coding Bootcamp Info Night | Learn about our 12-week web development course. Thu 6pm, online.
Adult Education Evening Classes | GCSE English and maths, free for adults without a pass. Enrol at Westgate College.
Photography Course for Beginners | 4 Saturdays, bring any camera. $160 at Lens & Light.
Online MBA, Part-Time | Study around your job. Information webinar Nov 3.
"""
