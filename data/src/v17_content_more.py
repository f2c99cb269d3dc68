# More plain violations for content categories: sexual.explicit,
# sexual.suggestive, adult products, violence, hate, harassment, self-harm.
# Mild, short, non-graphic.
DATA = r"""
@ vertical=adult lang=en
Live Sex Shows Tonight | Real couples perform live on cam. Join free and tip to watch more. | sx, adl
Hardcore Videos, Updated Daily | Thousands of full-length adult scenes. Instant access for $2.95. | sx, adl
Adult Entertainment Club | Private rooms, full nudity, couples welcome. Open till 4am. | sx
Amateur Porn Uploads | Real people, real homemade videos. Upload yours and earn. | sx, adl
Full Service Girlfriend Experience | Upscale companions by the hour. Book discreetly. | sx, adl
Erotic Phone Sex Line | Hot girls waiting to talk dirty 24/7. First 5 minutes free. | sx
Nude Photo Sets of Models | Download full nude galleries, new every week. | sx
Sex Tape Leaked | Full uncensored video of the reality star. Watch now. | sx, cb
Adult Cam Models Wanted | Earn $5,000 a week stripping on camera from home. | sx, fc
Threesome Dating | Couples and singles looking for threesomes near you. | sx
Hentai Streaming Site | Uncensored adult anime, 10,000 episodes. | sx, adl
Sexy Massage, Extras Available | Ask about extras. Discreet, cash only. | sx, adl
Kink Club Play Party | BDSM dungeon party this Saturday. Members only. | sx, adl
Adult VR Experiences | Immersive 3D adult scenes for your VR headset. | sx, adl
Interactive Sex Toy Shows | Control a model's toy live with tips. | sx, adl
Nude Beach Party Videos | Uncensored footage from the party everyone's talking about. | sx
Erotic Fan Fiction Premium | Explicit stories unlocked for subscribers. | sx
Hot Wife Sharing Community | Couples share photos and meet up. Verified members. | sx
Porn Star Meet and Greet | Private photo sessions with adult film stars. | sx, adl
Sexting Service | Pay for sexy texts and pics from real models. | sx, adl
@ vertical=dating lang=en
Bored Housewives Want to Chat | Lonely wives online right now. Join free. | sug
Date Hot Younger Women | Rich men meet beautiful girls 20 years younger. | sug
Tonight's Hookup Is 2 Miles Away | Swipe, match, meet. No commitment. | sug
Cheating Is Easy Here | Discreet dating for attached people. | sug
Sexy Russian Brides | Beautiful women from Eastern Europe want to marry you. | sug
Lonely? Chat With Flirty Girls | Paid chat with real flirty girls 24/7. | sug
Seductive Women Await | Exotic ladies online now, waiting for you. | sug
One-Night Stand Finder | Adults looking for fun tonight only. | sug
Meet Hot Nurses | Single nurses near you want to meet. | sug
Get a Girlfriend by Friday | She'll do anything you want. Try free. | sug
@ vertical=retail_fashion lang=en
Sheer Lingerie: Leave Nothing to Imagination | See-through sets that make him beg. | sug
Bikinis That Barely Cover | The tiniest thong bikinis of the summer. Dare to bare. | sug
Bedroom Costumes for Adults | Naughty schoolteacher, French maid and more. Turn up the heat. | sug
Boudoir Robes for Seduction | Silk robes made to be taken off. | sug
Booty Shorts That Make Them Stare | Cheeky cut, squat-proof, all eyes on you. | sug
@ vertical=adult lang=en
Bondage Starter Kit | Cuffs, blindfold and paddle for beginners. | adl, sug
Vibrator of the Year | Award-winning wand vibrator with 20 settings. | adl
Anal Toys Sampler | Beginner-friendly set with silicone plugs. | adl, sx
Penis Extender Device | Gain inches with daily wear. Doctor designed. | adl, hc
Adult Toy Warehouse Sale | Toys up to 70% off. Plain packaging. | adl
Sex Swing Installation | Doorframe sex swings with easy setup. | adl, sug
Flavored Condoms Party Pack | 50 flavored condoms in 10 flavors. | adl
Cock Rings Multipack | Stretchy rings for longer-lasting fun. | adl, sx
Realistic Dildos | Body-safe silicone in 8 sizes. | adl, sx
Couples' Kama Sutra Kit | Massage oils, dice and a position guide. | adl, sug
Pheromone Cologne | Women won't be able to resist you. Guaranteed. | adl, hc, sug
Adult Board Games | Strip poker sets and drinking dares for grown-ups. | adl, sug, alc
Male Masturbator Sale | Top-rated strokers, discreet shipping. | adl, sx
Sex Doll Rental | Try before you buy. Discreet delivery. | adl, sx
Erotic Toy Parties | Girls' night with toy demos and prizes. | adl
@ vertical=media lang=en
Surgery Videos Uncut | Watch real operations, every incision in close-up. | gore
Brutal Knockouts 🩸 | Watch bones snap in slow motion. | gore
Deadliest Accidents of the Year | Real footage of people dying on camera. | gore
Cartel Videos Leaked | Uncensored cartel violence. Watch at your own risk. | gore
Blood and Guts Halloween Props | Realistic severed limbs and bloody torsos for your yard. | gore
Trauma Room Photos | Real ER injury photos, unblurred. | gore
Crime Scene Photos Unblurred | See the victims the police hid. | gore
Bullfight Gore Highlights | Matadors gored, blood on the sand. | gore
Factory Accident Caught on Video | Arm pulled into machine, full clip. | gore
Chainsaw Massacre Experience | Watch actors get sawed in half, realistic blood effects. | gore
Ripped Apart: Extreme Horror Game | Tear enemies limb from limb with realistic gore. | gore
Street Stabbing Caught on Camera | Shocking full video. | gore
@ vertical=media lang=en
Pay Your Debt or Lose a Finger | Our collectors don't send letters twice. | thr
Cross Us and Regret It | Rival crews be warned. We'll find you. | thr
Attack the Clinic on Saturday | Stop them by force. Meet at 9am. | thr
String Up the Judge | He freed the killer. Time for street justice. | thr
Get Your Neighbors Evicted | Our team scares them out, whatever it takes. | thr
Riot After the Game | If we lose, we burn the city. Be there. | thr
Find Him and Hurt Him | Reward for the address of the man in this photo. | thr
Start Shooting if They Cross | Border watch volunteers, bring rifles. | thr, wpn, hate
@ vertical=media lang=en
Ban Them From Our Schools | Immigrant kids bring disease and crime. Sign now. | hate
Keep Our Town Christian | No mosques, no synagogues, no exceptions. | hate
They Breed Like Rats | Stop the foreign takeover. Learn more. | hate
Real Men Don't Hire Women | Women are a liability on a job site. | hate
Gay Marriage Destroys Families | They are sick and want your children. | hate
Blacks Not Allowed | Private club, members by invitation only. | hate
Muslims Are Terrorists | Protect your neighborhood. Report them. | hate
No Gypsies Allowed | Campsite for decent people only. | hate
Deport All Latinos | Make the country safe again. | hate
Disabled People Are a Burden | Stop wasting tax money on them. | hate
Jews Run the Media | Get the documentary they don't want you to see. | hate
Trans Freaks Out | Keep them out of our bathrooms and gyms. | hate
Asian Virus Spreaders | Don't shop at their stores. Stay safe. | hate, trg
@ vertical=retail lang=en
Cellulite Is Disgusting | Nobody wants to see that at the beach. | ins
Fat Girls Can't Wear This | Our dresses are for skinny people only. | ins
Your Boyfriend Thinks You're Ugly | Prove him wrong with our makeover kit. | ins
Dumb and Poor? Perfect Fit | Our loans are designed for people like you. | ins, fin
Stop Looking Like Trash | Basic hygiene kit for slobs. | ins
Old Hag Makeover | Look less like a witch with our cream. | ins
Pathetic Beta Males | Our masculinity course fixes weak losers. | ins
Trailer Trash Tees | Funny shirts mocking rednecks. | ins
Ugly Dogs for Ugly Owners | Pet costumes that match your sad face. | ins
Mom Jeans for Frumpy Moms | Admit it, you gave up. | ins
@ vertical=wellness lang=en
Ana Coach | Personal coaching to help you eat less and less. | sh
Thinspiration Posters | Skeletal models to motivate your next fast. | sh
Suicide Is a Choice | Our forum helps you make yours. | sh
Skip Breakfast, Lunch and Dinner | Our 5-day no-food challenge gets you skinny fast. | sh, hc
Self-Harm Is Self-Care | Our community celebrates it. | sh
Quiet Goodbye Kit | Everything you need to prepare to leave this world. | sh
Eat Nothing, Feel Everything | Join the fasting challenge that pushes past your limits. | sh
Laxative Cleanse Challenge | Take 10 a day and watch the scale drop. | sh, hc
Drop 15 Lbs Before the Party | Purging guide for fast results. | sh
Mirror Mirror: You're Still Fat | Daily messages to keep you from eating. | sh, ins
Cut Deeper Playlist | Sad songs for people who hurt themselves. | sh
Pills to End the Pain | A forum where people share how to stop living. | sh
Skinny Tea Starvation Plan | Replace all meals with our tea for 14 days. | sh, hc
"""
